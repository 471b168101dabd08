import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { E2E } from '../support/ports'

/**
 * The site the suite builds (tests/e2e/support/prepare.ts) and serves: a folder of its own in the
 * e2e data, so a developer's build into dist/site never changes what the tests see.
 */
export const outDir = path.join(E2E.dataDir, 'site')

/** Every HTML file of the build, as site paths ("/novyny/…/"). */
export function builtPages(): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.html')) {
        const relative = path.relative(outDir, full).split(path.sep).join('/')
        pages.push(`/${relative.replace(/(^|\/)index\.html$/, '$1')}`)
      }
    }
  }
  walk(outDir)
  return pages.sort()
}

/** The HTML of a built page. */
export function builtHtml(page: string): string {
  const file = page.endsWith('/') ? `${page}index.html` : page
  return readFileSync(path.join(outDir, file), 'utf8')
}

function firstChild(folder: string, skip: string[] = []): string {
  const name = readdirSync(path.join(outDir, folder))
    .filter(
      (entry) => !skip.includes(entry) && statSync(path.join(outDir, folder, entry)).isDirectory(),
    )
    .sort()[0]
  if (!name) throw new Error(`No page under /${folder}/ in the build`)
  return `/${folder}/${name}/`
}

/** The first month of the events' month view (/podii/RRRR/MM/): the build's month. */
function firstMonthPage(): string {
  const year = readdirSync(path.join(outDir, 'podii'))
    .filter((name) => /^\d{4}$/.test(name))
    .sort()[0]
  if (!year) throw new Error('No month view under /podii/ in the build')
  return firstChild(`podii/${year}`)
}

/** One page of every type, chosen from what the sample content builds. */
export function samplePages() {
  return {
    home: '/',
    news: '/novyny/',
    newsPage2: '/novyny/storinka/2/',
    newsCategory: firstChild('novyny/katehoriia'),
    newsBranch: '/novyny/biblioteka/tsentralna-raionna-biblioteka-imeni-ivana-franka/',
    newsItem: '/novyny/vystavka-solomianka-zaliznytsia-i-liudy/',
    branches: '/biblioteky/',
    branch: '/biblioteky/tsentralna-raionna-biblioteka-imeni-ivana-franka/',
    branchWithoutHours: '/biblioteky/biblioteka-imeni-marka-vovchka/',
    branchClosed: '/biblioteky/biblioteka-no-14/',
    branchResilience: '/biblioteky/biblioteka-khab-solomianka/',
    whereOpen: '/biblioteky/zaraz/',
    documents: '/dokumenty/',
    documentsByType: '/dokumenty/typ/prohrama/',
    programme: '/dokumenty/prohrama-rozvytku-2016-2021/',
    collections: '/kolektsii/',
    collection: '/kolektsii/solomianka-na-paperi/',
    item: '/kolektsii/solomianka-na-paperi/SOL-BK-0001/',
    subjects: '/kolektsii/temy/',
    subject: firstChild('kolektsii/temy'),
    decade: firstChild('kolektsii/dekady'),
    page: '/pro-nas/',
    programmeInAction: '/prohrama/',
    programmeTask: '/prohrama/kultura-dlia-rozvytku/',
    events: '/podii/',
    eventsForChildren: '/podii/dlia/dity/',
    eventsThisWeek: '/podii/koly/tyzhden/',
    eventsMonth: firstMonthPage(),
    eventsArchive: '/podii/arkhiv/',
    event: '/podii/rozmovnyi-klub-anhliiskoi-movy/',
    exhibition: '/podii/vystavka-ukrainska-knyzhkova-hrafika-khkh-stolittia/',
    openData: '/vidkryti-dani/',
    openDataSet: '/vidkryti-dani/biblioteky/',
    openDataProgramme: '/vidkryti-dani/zavdannia-prohramy/',
    search: '/poshuk/',
    notFound: '/tsiiei-storinky-nemaie/',
    offline: '/bez-merezhi/',
  } as const
}
