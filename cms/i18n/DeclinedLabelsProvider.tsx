'use client'

import { TranslationProvider, useTranslation } from '@payloadcms/ui'
import type { Context, ReactElement, ReactNode } from 'react'
import { useMemo } from 'react'

import { decliningT } from './declinedPhrases'

type TranslationValue = ReturnType<typeof useTranslation>

/**
 * Payload's translation context, taken from the element its provider renders. Payload builds
 * every admin phrase with `t(key, { label })` and one nominative label (there is no hook for
 * grammatical case), and it does not export the context, so this is the one way to hand the
 * admin a `t` that declines our names. Called on every render (it holds hooks of its own);
 * the props only need to be valid, the value it would provide is never used.
 */
function usePayloadTranslationContext(outer: TranslationValue): Context<TranslationValue> {
  const element = TranslationProvider({
    children: null,
    dateFNSKey: outer.i18n.dateFNSKey,
    fallbackLang: outer.i18n.fallbackLanguage as never,
    language: outer.i18n.language,
    languageOptions: outer.languageOptions,
    switchLanguageServerAction: async () => {},
    translations: outer.i18n.translations,
  }) as ReactElement
  return element.type as Context<TranslationValue>
}

/**
 * The admin's translations with Ukrainian phrases declined for our collections and rows
 * («Створення новини», «Нова подія»; cms/i18n/declinedPhrases.ts), registered as an admin
 * provider in payload.config. English and unknown names keep Payload's phrases.
 */
export function DeclinedLabelsProvider({ children }: { children?: ReactNode }) {
  const outer = useTranslation() as unknown as TranslationValue
  const PayloadContext = usePayloadTranslationContext(outer)
  const value = useMemo<TranslationValue>(() => {
    const t = decliningT(outer.t as never, outer.i18n.language) as TranslationValue['t']
    return { ...outer, t, i18n: { ...outer.i18n, t } }
  }, [outer])
  return <PayloadContext value={value}>{children}</PayloadContext>
}
