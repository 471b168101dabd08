import type { LocalizationConfig } from 'payload'

import type { Label } from '@domain/i18n/label'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@domain/i18n/locales'

/** How the admin's locale switcher names each content language, in the admin's own language. */
const LOCALE_LABELS: Record<Locale, Label> = {
  uk: { uk: 'Українська', en: 'Ukrainian' },
  en: { uk: 'Англійська', en: 'English' },
}

/**
 * Content languages: Ukrainian (default, always complete) and English (only when written).
 * No fallback: a missing English text reads as empty, never as Ukrainian text under an English URL.
 */
export const localization: LocalizationConfig = {
  locales: LOCALES.map((code) => ({ code, label: LOCALE_LABELS[code] })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: false,
}
