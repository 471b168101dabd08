import { formatKyivDateTime } from '../format/dates'

/**
 * The inbox's e-mails, as plain text (never HTML: a visitor's words are quoted as they are).
 * Subjects are built here from the reference number only, so nothing a visitor typed can reach
 * a header.
 */

const SIGNATURE = '\n\n—\nЦБС Солом’янського району м. Києва\nЦей лист надіслано автоматично.'

export function acknowledgement(input: {
  reference: string
  kindTitle: string
  due?: Date
  text: string
}): { subject: string; text: string } {
  const due = input.due
    ? `\nВідповідь надамо не пізніше ${formatKyivDateTime(input.due)} (за київським часом).`
    : ''
  return {
    subject: `Ваше звернення № ${input.reference} отримано`,
    text: `Добрий день!\n\nМи отримали ваше звернення «${input.kindTitle}» і зареєстрували його за № ${input.reference}.${due}\n\nВаш текст:\n${input.text}${SIGNATURE}`,
  }
}

export function reply(input: { reference: string; text: string }): {
  subject: string
  text: string
} {
  return {
    subject: `Відповідь на звернення № ${input.reference}`,
    text: `${input.text}${SIGNATURE}`,
  }
}

export function extensionNotice(input: { reference: string; reason: string; due: Date }): {
  subject: string
  text: string
} {
  return {
    subject: `Строк розгляду запиту № ${input.reference} продовжено`,
    text: `Добрий день!\n\nСтрок розгляду вашого запиту на публічну інформацію № ${input.reference} продовжено до ${formatKyivDateTime(input.due)} (ч. 4 ст. 20 Закону України «Про доступ до публічної інформації»).\n\nПричина: ${input.reason}${SIGNATURE}`,
  }
}
