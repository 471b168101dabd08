/**
 * A public FAQ entry starts as a copy of an answered question, made by an editor on purpose
 * («Створити запис FAQ»), never published by itself. The copy already has what a machine can
 * find removed: e-mail addresses, phone numbers, web addresses and the requester's own name,
 * each replaced by a visible mark, so the editor sees where something was and reads the rest.
 */

export const REMOVED_MARK = '[вилучено]'

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
/** Ukrainian and international numbers in their usual writings: +380 44 123-45-67, (044) 1234567. */
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s()\u2010-\u2015-]{7,}\d(?![\p{L}\p{N}])/gu
const WEB = /\bhttps?:\/\/\S+|\bwww\.\S+/giu

/** A local number has 7 digits (234-56-78), a full one 10 (044…) to 12 (380…); years have fewer. */
function looksLikePhone(found: string): boolean {
  const digits = found.replace(/\D/g, '').length
  return digits >= 9 ? digits <= 13 : /^\d{3}[\s-]\d{2}[\s-]\d{2}$/.test(found.trim())
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Each word of the requester's name (two letters or more), as a whole word, any case, with the
 * endings Ukrainian declension gives it (Оксана → Оксано, Оксані, Оксаною): a longer word keeps
 * its stem and takes up to three letters more. Removing too much is the safe side here.
 */
function namePattern(name: string | null | undefined): RegExp | undefined {
  const words = (name ?? '')
    .split(/[\s,.;]+/u)
    .map((word) => word.trim())
    .filter((word) => word.length >= 2)
  if (words.length === 0) return undefined
  const alternatives = words
    .map((word) =>
      word.length >= 4 ? `${escapeRegExp(word.slice(0, -1))}\\p{L}{0,3}` : escapeRegExp(word),
    )
    .join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu')
}

/** Replaces contacts, links and the requester's name with {@link REMOVED_MARK}. */
export function removeObviousPersonalData(text: string, requesterName?: string | null): string {
  let cleaned = text.replace(EMAIL, REMOVED_MARK).replace(WEB, REMOVED_MARK)
  cleaned = cleaned.replace(PHONE, (found) => (looksLikePhone(found) ? REMOVED_MARK : found))
  const name = namePattern(requesterName)
  if (name) cleaned = cleaned.replace(name, REMOVED_MARK)
  return cleaned.trim()
}

export type AnsweredQuestion = {
  kind: string
  message?: string | null
  topic?: string | null
  faqConsent?: boolean | null
  requesterName?: string | null
  replies: { text?: string | null }[]
}

export type FaqDraft = { question: string; answer: string; topic: string }

/** Why a submission cannot become an FAQ entry (Ukrainian, shown to the editor), or its draft. */
export function faqDraftFrom(
  submission: AnsweredQuestion,
): { ok: true; draft: FaqDraft } | { ok: false; reason: string } {
  if (submission.kind !== 'question')
    return { ok: false, reason: 'Запис FAQ можна створити лише із запитання бібліотекарю.' }
  if (!submission.faqConsent)
    return {
      ok: false,
      reason: 'Заявник не погодився на публікацію запитання в FAQ: запис створити не можна.',
    }
  const question = submission.message?.trim()
  if (!question)
    return {
      ok: false,
      reason: 'Текст запитання вже видалено (персональні дані стерто): запис створити не можна.',
    }
  const answer = [...submission.replies].reverse().find((reply) => reply.text?.trim())?.text
  if (!answer)
    return {
      ok: false,
      reason: 'Спершу надішліть відповідь: у FAQ потрапляє запитання з відповіддю.',
    }
  return {
    ok: true,
    draft: {
      question: removeObviousPersonalData(question, submission.requesterName),
      answer: removeObviousPersonalData(answer, submission.requesterName),
      topic: submission.topic ?? 'other',
    },
  }
}
