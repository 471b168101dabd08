/**
 * How far a release build has got, read from the lines the build prints, for the admin: a build of
 * a large site takes a minute, and editors should see it move. Pure: the publisher feeds it lines.
 */

export type BuildPhase = 'content' | 'pages' | 'search' | 'checks'

export type BuildProgress = { phase: BuildPhase; done?: number; total?: number }

const PHASE_TEXT: Record<BuildPhase, string> = {
  content: 'читання вмісту з CMS',
  pages: 'сторінки',
  search: 'пошуковий індекс',
  checks: 'перевірка релізу',
}

const number = new Intl.NumberFormat('uk-UA')

/** «Сторінки: 5 200 з ≈ 11 900», for the admin's publisher panel. */
export function describeProgress(progress: BuildProgress): string {
  const text = PHASE_TEXT[progress.phase]
  const phase = `${text[0]!.toUpperCase()}${text.slice(1)}`
  if (progress.done === undefined) return `${phase}…`
  if (!progress.total) return `${phase}: ${number.format(progress.done)}`
  // The page total is the last release's: an estimate, said as one.
  const about = progress.phase === 'pages' ? '≈\u00a0' : ''
  return `${phase}: ${number.format(progress.done)} з ${about}${number.format(progress.total)}`
}

/** One page in Astro's build log, and whether Astro copied it from the last release. */
export type PageEntry = { path: string; restored: boolean }

/** Where an entry begins: «├─ /novyny/…/index.html», or «└─ /index.html» for the last page. */
const ENTRY_MARK = /[├└]─ (?=\/)/
/** A page's path ends where the next entry's time of day («11:55:18») or a space begins. */
const ENTRY_PATH = /^\/\S*?(?=\d\d:\d\d:\d\d|\s|$)/

/**
 * The pages a stretch of Astro's build log names. Astro writes a page's path, renders it, and only
 * then writes its time, or «(restored)» at once for a page copied from the last release; pages
 * rendered at the same time (build.concurrency in astro.config.mjs) share a line, a path followed
 * directly by the next page's timestamp. The build's lines come without terminal colours (./build.ts).
 */
export function pageEntries(text: string): PageEntry[] {
  return text
    .split(ENTRY_MARK)
    .slice(1)
    .flatMap((entry) => {
      const path = ENTRY_PATH.exec(entry)?.[0]
      return path ? [{ path, restored: /^\S*\s*\(restored\)/.test(entry) }] : []
    })
}
/** What the search indexing step prints as it goes (site/search/integration.ts). */
const SEARCH_LINE = /\[solomianka-search\] (\d+) з (\d+) сторінок/

/**
 * Follows one build's output. `read` returns the new progress when a line changes it, so that the
 * caller can record it; `expectedPages` (the last release's count) stands in for the page total.
 */
export function createProgressTracker(expectedPages?: number) {
  let current: BuildProgress | undefined
  const move = (next: BuildProgress) => {
    current = next
    return next
  }
  return {
    read(line: string): BuildProgress | undefined {
      if (line.includes('[content] Syncing content')) return move({ phase: 'content' })
      if (line.includes('generating static routes'))
        return move({ phase: 'pages', done: 0, total: expectedPages })
      const pages = current?.phase === 'pages' ? pageEntries(line).length : 0
      if (current && pages > 0) return move({ ...current, done: (current.done ?? 0) + pages })
      const search = SEARCH_LINE.exec(line)
      if (search)
        return move({ phase: 'search', done: Number(search[1]), total: Number(search[2]) })
      return undefined
    },
  }
}
