import { formatKyivDateTime } from '../format/dates'
import { PUBLIC_FORMS, type PublicFormName } from './forms'

/**
 * What a visitor without JavaScript reads once a form with a registration number is accepted:
 * the number and, where there is one, the deadline (Europe/Kyiv). A requester who gave only a
 * postal address has no other way to learn them before the letter arrives.
 */
export type Receipt = {
  title: string
  lead: string
  reference: string
  due?: string
  keep: string
}

const LEADS: Partial<Record<PublicFormName, (due?: string) => string>> = {
  zapytannia: (due) =>
    `Ваше запитання надіслано.${due ? ` Ми відповімо до ${due} на вказану адресу або телефон.` : ''}`,
  'publichna-informatsiia': (due) =>
    `Ваш запит зареєстровано.${due ? ` Відповідь надамо не пізніше ${due}` : ' Відповідь надамо'} у формі, яку ви вибрали; на поштову адресу вона надійде поштою.`,
  partnerstvo: () => 'Дякуємо за пропозицію! Ми зв’яжемося з вами за вказаними контактами.',
}

export function receiptOf(form: PublicFormName, reference: string, due?: Date): Receipt {
  const dueText = due ? formatKyivDateTime(due) : undefined
  return {
    title: `${PUBLIC_FORMS[form].title}: надіслано`,
    lead: LEADS[form]?.(dueText) ?? PUBLIC_FORMS[form].sent,
    reference,
    due: dueText,
    keep: 'Запишіть або збережіть цей номер: назвіть його, коли телефонуватимете чи писатимете нам щодо цього звернення.',
  }
}

/** A registration number as the inbox makes it: «ПІ-2026-00042» (or a longer id’s tail). */
export const RECEIPT_REFERENCE = /^\p{Lu}{1,3}-\d{4}-[0-9A-Z]{1,12}$/u
