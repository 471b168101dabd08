import { plural } from '@domain/format/plural'
import type { Locale } from '@domain/i18n/locales'
import { englishUrls } from '@domain/urls/localeUrls'
import { urls } from '@domain/urls/urls'

/**
 * What the search page says, in each language of the site: the page's static words (the Astro
 * component) and what its script writes (ui.ts). One object per language, so that the English
 * page never shows a Ukrainian word, and each language's plurals follow its own rules.
 */
export type SearchStrings = {
  /** The page's own address: the form's action. */
  action: string
  title: string
  description: string
  formLabel: string
  queryLabel: string
  submit: string
  sortLabel: string
  byRelevance: string
  byDate: string
  filters: string
  more: string
  /** Without JavaScript: what the page says, and the sections that list the same things. */
  noScript: string
  sections: Array<{ href: string; label: string }>
  searching: string
  unavailable: string
  empty: string
  noWords: string
  loadingFilters: string
  filtersUnavailable: string
  /** «Можливо, ви мали на увазі «…»?», around the suggestion's link. */
  didYouMean: [string, string]
  browseNone: string
  browseFound: (count: number) => string
  none: (query: string) => string
  /** Nothing for the query, but `count` results for the suggestion. */
  suggested: (query: string, count: number, suggestion: string) => string
  found: (query: string, count: number) => string
  /** The order of filter values in lists. */
  collator: string
}

const results = (count: number) =>
  plural(count, { one: 'результат', few: 'результати', many: 'результатів' })

const englishNumber = new Intl.NumberFormat('en-GB')
const englishResults = (count: number) =>
  `${englishNumber.format(count)}\u00a0${count === 1 ? 'result' : 'results'}`

export const SEARCH_STRINGS: Record<Locale, SearchStrings> = {
  uk: {
    action: urls.search(),
    title: 'Пошук',
    description: 'Пошук на сайті бібліотек Солом’янського району.',
    formLabel: 'Пошук і фільтри',
    queryLabel: 'Що шукаєте?',
    submit: 'Знайти',
    sortLabel: 'Упорядкувати',
    byRelevance: 'за відповідністю',
    byDate: 'за датою, спершу новіші',
    filters: 'Фільтри',
    more: 'Показати ще',
    noScript:
      'Результати пошуку показує JavaScript, а у вашому браузері він вимкнений. Увімкніть його або скористайтеся розділами сайту:',
    sections: [
      { href: urls.news(), label: 'новини' },
      { href: urls.branches(), label: 'бібліотеки' },
      { href: urls.documents(), label: 'документи' },
      { href: urls.collections(), label: 'цифрові колекції' },
    ],
    searching: 'Шукаю…',
    unavailable: 'Пошук зараз недоступний. Спробуйте пізніше або скористайтеся розділами сайту.',
    empty:
      'Введіть слово або кілька слів, щоб почати пошук, або виберіть фільтр, щоб переглянути все, що йому відповідає.',
    noWords: 'У запиті немає слів, за якими можна шукати. Спробуйте інші слова.',
    loadingFilters: 'Завантажую фільтри…',
    filtersUnavailable: 'Фільтри зараз недоступні. Спробуйте пізніше.',
    didYouMean: ['Можливо, ви мали на увазі «', '»?'],
    browseNone: 'За вибраними фільтрами нічого не знайдено. Приберіть якийсь із них.',
    browseFound: (count) => `За вибраними фільтрами знайдено ${results(count)}, спершу новіші.`,
    none: (query) =>
      `За запитом «${query}» нічого не знайдено. Спробуйте інше слово або приберіть фільтри.`,
    suggested: (query, count, suggestion) =>
      `За запитом «${query}» нічого не знайдено. Показано ${results(count)} за запитом «${suggestion}».`,
    found: (query, count) => `За запитом «${query}» знайдено ${results(count)}.`,
    collator: 'uk',
  },
  en: {
    action: englishUrls.search(),
    title: 'Search',
    description: 'Search the English pages of the Solomianka libraries’ website.',
    formLabel: 'Search and filters',
    queryLabel: 'What are you looking for?',
    submit: 'Search',
    sortLabel: 'Sort',
    byRelevance: 'by relevance',
    byDate: 'by date, newest first',
    filters: 'Filters',
    more: 'Show more',
    noScript:
      'Search results are shown by JavaScript, which is turned off in your browser. Turn it on, or use the sections of the site:',
    sections: [
      { href: englishUrls.home(), label: 'home page' },
      { href: englishUrls.news(), label: 'news' },
    ],
    searching: 'Searching…',
    unavailable:
      'Search is not available at the moment. Please try later, or use the site’s sections.',
    empty:
      'Type a word or a few words to search the English pages, or choose a filter to see everything it matches.',
    noWords: 'The query has no words to search for. Please try other words.',
    loadingFilters: 'Loading filters…',
    filtersUnavailable: 'Filters are not available at the moment. Please try later.',
    didYouMean: ['Did you mean “', '”?'],
    browseNone: 'Nothing matches the chosen filters. Please remove one of them.',
    browseFound: (count) =>
      `${englishResults(count)} ${count === 1 ? 'matches' : 'match'} the chosen filters, newest first.`,
    none: (query) =>
      `Nothing found for “${query}” in the English pages. Please try another word or remove the filters; the Ukrainian site has more.`,
    suggested: (query, count, suggestion) =>
      `Nothing found for “${query}”. Showing ${englishResults(count)} for “${suggestion}”.`,
    found: (query, count) => `${englishResults(count)} found for “${query}”.`,
    collator: 'en',
  },
}
