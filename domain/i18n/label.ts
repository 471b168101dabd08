/** A text in the two languages of the admin and the site: Ukrainian (the default) and English. */
export type Label = { uk: string; en: string }

/** A label in the admin's two languages: Ukrainian first (the default), English second. */
export const label = (uk: string, en: string): Label => ({ uk, en })
