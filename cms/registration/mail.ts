import type { Payload } from 'payload'

import { env } from '@cms/config/env'
import { maskContact } from '@domain/registration/input'
import { formatKyivDateTime } from '@domain/format/dates'
import { signCancelToken } from './cancelToken'
import type { BookableOccurrence } from './occurrence'

/** Where a registrant cancels: the CMS shows a confirmation button there (GET changes nothing). */
export function cancelLink(
  payload: Payload,
  registrationId: string | number,
  expiresAt: Date,
): string {
  const token = signCancelToken(payload.secret, { id: String(registrationId), expiresAt })
  return `${env.CMS_URL}/api/registration/cancel?token=${encodeURIComponent(token)}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`)
}

type Letter = { subject: string; lines: string[]; link?: { href: string; text: string } }

function render({ lines, link }: Letter): string {
  const paragraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')
  const action = link
    ? `\n<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`
    : ''
  return `<!doctype html><html lang="uk"><body>\n${paragraphs}${action}\n</body></html>`
}

/** Whether a real mail transport is set: Payload's fallback would write the letter (names and all) to the log. */
function canSend(payload: Payload): boolean {
  const name = (payload.email as { name?: string } | undefined)?.name
  return Boolean(name) && name !== 'console'
}

async function send(payload: Payload, to: string, letter: Letter): Promise<void> {
  if (!canSend(payload)) {
    payload.logger.info(
      `Реєстрація: лист «${letter.subject}» для ${maskContact(to)} не надіслано — пошту не налаштовано (SMTP_URL).`,
    )
    return
  }
  try {
    await payload.sendEmail({ to, subject: letter.subject, html: render(letter) })
  } catch (error) {
    // The registration is stored already; a failed letter must not undo it.
    payload.logger.error(
      `Реєстрація: лист для ${maskContact(to)} не надіслано: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

const when = (occurrence: BookableOccurrence) => formatKyivDateTime(occurrence.facts.start)

/** The letter after registering: confirmed or waiting, with the cancel link. */
export async function sendBookingLetter(
  payload: Payload,
  registration: { id: string | number; name: string; contact: string; places: number },
  status: 'confirmed' | 'waiting',
  occurrence: BookableOccurrence,
): Promise<void> {
  if (!registration.contact.includes('@')) return
  const subject =
    status === 'confirmed'
      ? `Реєстрацію підтверджено: ${occurrence.title}`
      : `Список очікування: ${occurrence.title}`
  const lines = [
    `Вітаємо, ${registration.name}!`,
    status === 'confirmed'
      ? `Вас зареєстровано на подію «${occurrence.title}» (${when(occurrence)}). Місць: ${registration.places}.`
      : `Вільних місць на подію «${occurrence.title}» (${when(occurrence)}) зараз немає: вас записано до списку очікування (місць: ${registration.places}). Якщо місце звільниться, ми надішлемо лист.`,
    'Якщо ваші плани зміняться, скасуйте реєстрацію за посиланням нижче — місце отримає інша людина.',
  ]
  await send(payload, registration.contact, {
    subject,
    lines,
    link: {
      href: cancelLink(payload, registration.id, occurrence.facts.end),
      text: 'Скасувати реєстрацію',
    },
  })
}

/** The letter to someone moved up from the waiting list. */
export async function sendPromotionLetter(
  payload: Payload,
  registration: { id: string | number; name: string; contact: string; places: number },
  occurrence: BookableOccurrence,
): Promise<void> {
  if (!registration.contact.includes('@')) return
  await send(payload, registration.contact, {
    subject: `Місце звільнилося: ${occurrence.title}`,
    lines: [
      `Вітаємо, ${registration.name}!`,
      `Для вас звільнилося місце: вашу реєстрацію на подію «${occurrence.title}» (${when(occurrence)}) підтверджено. Місць: ${registration.places}.`,
      'Якщо ви вже не зможете прийти, скасуйте реєстрацію за посиланням нижче.',
    ],
    link: {
      href: cancelLink(payload, registration.id, occurrence.facts.end),
      text: 'Скасувати реєстрацію',
    },
  })
}
