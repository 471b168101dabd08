/** The RightsStatements.org statements, with their official URIs and Ukrainian names. */
export const RIGHTS_STATEMENTS = [
  {
    uri: 'http://rightsstatements.org/vocab/InC/1.0/',
    uk: 'Охороняється авторським правом',
    en: 'In Copyright',
  },
  {
    uri: 'http://rightsstatements.org/vocab/InC-EDU/1.0/',
    uk: 'Охороняється авторським правом — дозволено освітнє використання',
    en: 'In Copyright – Educational Use Permitted',
  },
  {
    uri: 'http://rightsstatements.org/vocab/InC-NC/1.0/',
    uk: 'Охороняється авторським правом — дозволено некомерційне використання',
    en: 'In Copyright – Non-Commercial Use Permitted',
  },
  {
    uri: 'http://rightsstatements.org/vocab/InC-OW-EU/1.0/',
    uk: 'Охороняється авторським правом — сирітський твір (ЄС)',
    en: 'In Copyright – EU Orphan Work',
  },
  {
    uri: 'http://rightsstatements.org/vocab/InC-RUU/1.0/',
    uk: 'Охороняється авторським правом — правовласника не встановлено',
    en: 'In Copyright – Rights-holder(s) Unlocatable or Unidentifiable',
  },
  {
    uri: 'http://rightsstatements.org/vocab/NoC-CR/1.0/',
    uk: 'Не охороняється — договірні обмеження',
    en: 'No Copyright – Contractual Restrictions',
  },
  {
    uri: 'http://rightsstatements.org/vocab/NoC-NC/1.0/',
    uk: 'Не охороняється — лише некомерційне використання',
    en: 'No Copyright – Non-Commercial Use Only',
  },
  {
    uri: 'http://rightsstatements.org/vocab/NoC-OKLR/1.0/',
    uk: 'Не охороняється — інші правові обмеження',
    en: 'No Copyright – Other Known Legal Restrictions',
  },
  {
    uri: 'http://rightsstatements.org/vocab/NoC-US/1.0/',
    uk: 'Не охороняється у США',
    en: 'No Copyright – United States',
  },
  {
    uri: 'http://rightsstatements.org/vocab/CNE/1.0/',
    uk: 'Авторсько-правовий статус не оцінено',
    en: 'Copyright Not Evaluated',
  },
  {
    uri: 'http://rightsstatements.org/vocab/UND/1.0/',
    uk: 'Авторсько-правовий статус не визначено',
    en: 'Copyright Undetermined',
  },
  {
    uri: 'http://rightsstatements.org/vocab/NKC/1.0/',
    uk: 'Відомих обмежень авторського права немає',
    en: 'No Known Copyright',
  },
] as const

export type RightsStatementUri = (typeof RIGHTS_STATEMENTS)[number]['uri']

/** Select options for a rights field. */
export const rightsOptions = RIGHTS_STATEMENTS.map(({ uri, uk, en }) => ({
  value: uri,
  label: { uk, en },
}))
