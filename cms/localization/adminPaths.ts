/** Where «Англійські версії» (TranslationsView) lives in the admin, under /admin. */
export const TRANSLATIONS_PATH = '/pereklady'
