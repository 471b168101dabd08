import type { LabelFunction } from 'payload'

import type { Label } from '@domain/i18n/label'

/**
 * A label as a function of the admin's language. Payload resolves label functions to text when
 * it builds the admin's client config, whereas a `{ uk, en }` record reaches the browser as an
 * object, and some Payload components put it into a phrase as it is: the relationship picker's
 * «create» button said «Створити: [object Object]» (DocumentDrawerToggler's aria-label).
 */
export const perLanguage =
  (text: Label): LabelFunction =>
  ({ i18n }) =>
    i18n.language === 'en' ? text.en : text.uk

/** A collection's `labels`, resolved to the admin's language (see `perLanguage`). */
export const collectionLabels = (singular: Label, plural: Label) => ({
  singular: perLanguage(singular),
  plural: perLanguage(plural),
})
