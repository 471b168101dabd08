/** A label in the admin's two languages: Ukrainian first (the default), English second. */
export const label = (uk: string, en: string): { uk: string; en: string } => ({ uk, en })
