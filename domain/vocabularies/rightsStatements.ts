/**
 * The RightsStatements.org statements. Stored by their short code (GraphQL enum names cannot
 * hold a URI); the official URI is derived from the code.
 */
export const RIGHTS_STATEMENTS = [
  { code: 'InC', uk: 'Охороняється авторським правом', en: 'In Copyright' },
  {
    code: 'InC-EDU',
    uk: 'Охороняється авторським правом — дозволено освітнє використання',
    en: 'In Copyright – Educational Use Permitted',
  },
  {
    code: 'InC-NC',
    uk: 'Охороняється авторським правом — дозволено некомерційне використання',
    en: 'In Copyright – Non-Commercial Use Permitted',
  },
  {
    code: 'InC-OW-EU',
    uk: 'Охороняється авторським правом — сирітський твір (ЄС)',
    en: 'In Copyright – EU Orphan Work',
  },
  {
    code: 'InC-RUU',
    uk: 'Охороняється авторським правом — правовласника не встановлено',
    en: 'In Copyright – Rights-holder(s) Unlocatable or Unidentifiable',
  },
  {
    code: 'NoC-CR',
    uk: 'Не охороняється — договірні обмеження',
    en: 'No Copyright – Contractual Restrictions',
  },
  {
    code: 'NoC-NC',
    uk: 'Не охороняється — лише некомерційне використання',
    en: 'No Copyright – Non-Commercial Use Only',
  },
  {
    code: 'NoC-OKLR',
    uk: 'Не охороняється — інші правові обмеження',
    en: 'No Copyright – Other Known Legal Restrictions',
  },
  { code: 'NoC-US', uk: 'Не охороняється у США', en: 'No Copyright – United States' },
  { code: 'CNE', uk: 'Авторсько-правовий статус не оцінено', en: 'Copyright Not Evaluated' },
  { code: 'UND', uk: 'Авторсько-правовий статус не визначено', en: 'Copyright Undetermined' },
  { code: 'NKC', uk: 'Відомих обмежень авторського права немає', en: 'No Known Copyright' },
] as const

export type RightsCode = (typeof RIGHTS_STATEMENTS)[number]['code']

/** The statement's official URI, e.g. http://rightsstatements.org/vocab/InC/1.0/ */
export function rightsUri(code: RightsCode): string {
  return `http://rightsstatements.org/vocab/${code}/1.0/`
}

/** The code of a statement given by its URI (as spreadsheets and harvesters write it). */
export function rightsCodeFromUri(uri: string): RightsCode | undefined {
  const match = /rightsstatements\.org\/(?:vocab|page)\/([A-Za-z-]+)\/1\.0\/?$/.exec(uri.trim())
  return RIGHTS_STATEMENTS.find((statement) => statement.code === match?.[1])?.code
}

/** Select options for a rights field. */
export const rightsOptions = RIGHTS_STATEMENTS.map(({ code, uk, en }) => ({
  value: code,
  label: { uk, en },
}))

/**
 * Statements under which the library may publish an item's own content (its images and
 * transcription) as open data for anyone to reuse: no known copyright. For every other statement
 * the work is protected or its status is unknown or restricted, so open data carries only the
 * catalogue record (our description of the item) with the statement, and the item's page.
 */
const OPEN_CONTENT: ReadonlySet<RightsCode> = new Set<RightsCode>(['NKC', 'NoC-US'])

export function mayOpenContent(code: RightsCode | undefined): boolean {
  return code !== undefined && OPEN_CONTENT.has(code)
}
