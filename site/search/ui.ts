import { isLocale } from '@domain/i18n/locales'
import { FILTERS_OF, type FilterKey } from './records'
import {
  cleanValues,
  filterKeys,
  FIRST_PAGE,
  MAX_QUERY,
  PAGE_SIZE,
  queryString,
  readQuery,
  runSearch,
  type Query,
  type Result,
} from './client'
import { SEARCH_STRINGS } from './strings'

/**
 * The search page's behaviour: the form works without it (a GET to /poshuk/?q=…); with it, the
 * query in the address bar is searched, results and filter counts are shown, and every change
 * updates the address so that the search can be shared or restored. The status line is a live
 * region, so screen readers hear the outcome without moving focus.
 *
 * The filters are a disclosure, folded at first: their counts need the whole filter index (about
 * 90 kB at 10,000 pages, more than the results themselves), so it loads only when the reader
 * opens the filters or arrives with a filter chosen in the address.
 */

type Counts = Record<string, Record<string, number>>

const form = document.querySelector<HTMLFormElement>('#search-form')!
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!
const filtersDetails = document.querySelector<HTMLDetailsElement>('#search-filters-box')!
const status = document.querySelector<HTMLElement>('#search-status')!
const suggestionLine = document.querySelector<HTMLElement>('#search-suggestion')!
const list = document.querySelector<HTMLOListElement>('#search-results')!
const more = document.querySelector<HTMLButtonElement>('#search-more')!
form.dataset.ready = ''

/** The page's language: its words, its filters, and the index pagefind.js loads (by <html lang>). */
const pageLang = document.documentElement.lang
const locale = isLocale(pageLang) ? pageLang : 'uk'
const say = SEARCH_STRINGS[locale]
const headings = FILTERS_OF[locale]

let current: Query = readQuery(location.search, locale)
let run = 0
/** The counts of the search on screen, until they are shown; undefined once shown or not needed. */
let pendingCounts: (() => Promise<Counts>) | undefined

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(props))
    if (value !== undefined) node.setAttribute(name, value)
  node.append(...children)
  return node
}

function fillForm(query: Query): void {
  input.value = query.q
  sort.value = query.sort
}

function readForm(): Query {
  const data = new FormData(form)
  const filters: Query['filters'] = {}
  for (const key of filterKeys(locale)) {
    const values = cleanValues(data.getAll(key))
    if (values.length > 0) filters[key] = values
  }
  return {
    q: (data.get('q') as string | null)?.slice(0, MAX_QUERY) ?? '',
    filters,
    sort: data.get('sort') === 'date' ? 'date' : 'relevance',
  }
}

function renderResult(result: Result): HTMLLIElement {
  const excerpt = element('p', { class: 'search-excerpt' })
  excerpt.innerHTML = result.excerpt // escaped in buildExcerpt; only <mark> is markup
  const meta = element('p', { class: 'meta' }, result.typeLabel)
  if (result.date)
    meta.append(
      ' · ',
      result.isoDate
        ? element('time', { datetime: result.isoDate }, result.date)
        : element('span', {}, result.date),
    )
  const text = element(
    'div',
    {},
    element('h2', {}, element('a', { href: result.url }, result.title)),
    meta,
    excerpt,
  )
  const item = element('li', { class: 'search-result' })
  if (result.image) {
    item.append(
      element('img', {
        src: result.image,
        alt: '',
        width: '96',
        height: '72',
        loading: 'lazy',
        decoding: 'async',
      }),
    )
  }
  item.append(text)
  return item
}

function renderFilters(counts: Counts, query: Query): void {
  filtersBox.replaceChildren()
  for (const [key, heading] of Object.entries(headings) as Array<[FilterKey, string]>) {
    const chosen = query.filters[key] ?? []
    const values = Object.entries(counts[key] ?? {}).filter(
      ([value, count]) => count > 0 || chosen.includes(value),
    )
    if (values.length === 0) continue
    values.sort(([a, countA], [b, countB]) =>
      key === 'year' ? b.localeCompare(a) : countB - countA || a.localeCompare(b, say.collator),
    )
    // Check boxes: several values of one filter at once find pages with any of them.
    const fieldset = element('fieldset', { class: 'search-filter' }, element('legend', {}, heading))
    for (const [value, count] of values) {
      const box = element('input', { type: 'checkbox', name: key, value })
      box.checked = chosen.includes(value)
      const labelNode = element('label', {}, box, ` ${value} `)
      labelNode.append(element('span', { class: 'count' }, `(${count})`))
      fieldset.append(labelNode)
    }
    filtersBox.append(fieldset)
  }
}

/** «Можливо, ви мали на увазі …» with a link that searches the suggestion (filters kept). */
function showSuggestion(query: Query, suggestion: string): void {
  const link = element(
    'a',
    { href: `${location.pathname}${queryString({ ...query, q: suggestion })}` },
    suggestion,
  )
  link.addEventListener('click', (event) => {
    event.preventDefault()
    history.pushState(null, '', link.getAttribute('href'))
    const next = readQuery(location.search, locale)
    fillForm(next)
    void search(next)
  })
  suggestionLine.replaceChildren(say.didYouMean[0], link, say.didYouMean[1])
  suggestionLine.hidden = false
}

/** Hides the filters, for outcomes that have nothing to filter. */
function hideFilters(): void {
  pendingCounts = undefined
  filtersBox.replaceChildren()
  filtersDetails.hidden = true
}

/** Loads and shows the counts of the search on screen, once, if the filters are open. */
async function showCounts(): Promise<void> {
  const counts = pendingCounts
  if (!counts || !filtersDetails.open) return
  pendingCounts = undefined
  const mine = run
  const query = current
  filtersBox.setAttribute('aria-busy', 'true')
  // The previous choices stay until the new counts arrive: the form reads its filters from them.
  if (!filtersBox.hasChildNodes())
    filtersBox.append(element('p', { class: 'search-filters-loading' }, say.loadingFilters))
  try {
    const loaded = await counts()
    if (mine === run) renderFilters(loaded, query)
  } catch {
    if (mine === run) filtersBox.replaceChildren(element('p', {}, say.filtersUnavailable))
  } finally {
    if (mine === run) filtersBox.removeAttribute('aria-busy')
  }
}

async function search(query: Query, focusResults = false): Promise<void> {
  const mine = ++run
  current = query
  pendingCounts = undefined
  list.replaceChildren()
  more.hidden = true
  suggestionLine.hidden = true
  suggestionLine.replaceChildren()
  if (query.q || Object.keys(query.filters).length > 0) status.textContent = say.searching
  let outcome
  try {
    outcome = await runSearch(query, undefined, locale)
  } catch {
    if (mine === run) status.textContent = say.unavailable
    return
  }
  if (mine !== run) return
  if (outcome.kind === 'empty') {
    // Nothing to list yet, but the filters can browse the whole site.
    status.textContent = say.empty
    filtersDetails.hidden = false
    if (!filtersDetails.open) filtersBox.replaceChildren()
    pendingCounts = outcome.counts
    await showCounts()
    return
  }
  if (outcome.kind === 'no-words') {
    hideFilters()
    status.textContent = say.noWords
    return
  }
  const { total, exactTotal, suggestion, load, counts } = outcome
  const found = outcome.browsing
    ? total === 0
      ? say.browseNone
      : say.browseFound(total)
    : total === 0
      ? say.none(query.q)
      : exactTotal === 0 && suggestion
        ? say.suggested(query.q, total, suggestion)
        : say.found(query.q, total)
  if (suggestion) showSuggestion(query, suggestion)
  let shown = 0
  const showMore = async (moveFocus: boolean) => {
    const page = await load(shown, shown === 0 ? FIRST_PAGE : PAGE_SIZE)
    if (mine !== run) return
    const items = page.map(renderResult)
    list.append(...items)
    shown += page.length
    more.hidden = shown >= total
    if (moveFocus) items[0]?.querySelector('a')?.focus()
  }
  more.onclick = () => void showMore(true)
  // A chosen filter is shown chosen, so the filters open by themselves.
  if (Object.values(query.filters).some((values) => (values?.length ?? 0) > 0))
    filtersDetails.open = true
  filtersDetails.hidden = false
  if (!filtersDetails.open) filtersBox.replaceChildren()
  try {
    await showMore(focusResults)
  } finally {
    // Said once the first results are on the page (a live region: heard when they can be read).
    if (mine === run) status.textContent = found
  }
  if (mine !== run) return
  // Counts come after the results, so they never delay them; folded filters wait to be opened.
  pendingCounts = counts
  await showCounts()
}

function submit(push: boolean): void {
  const query = readForm()
  const url = `${location.pathname}${queryString(query)}`
  if (push) history.pushState(null, '', url)
  else history.replaceState(null, '', url)
  void search(query)
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  // A new query starts without filters.
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    box.checked = false
  submit(true)
})
filtersBox.addEventListener('change', () => submit(false))
filtersDetails.addEventListener('toggle', () => void showCounts())
sort.addEventListener('change', () => submit(false))
window.addEventListener('popstate', () => {
  const query = readQuery(location.search, locale)
  fillForm(query)
  void search(query)
})

fillForm(current)
void search(current)
