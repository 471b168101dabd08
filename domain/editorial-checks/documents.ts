import { DOCUMENT_TYPES } from '../vocabularies/documentTypes'
import type { Finding } from './findings'

/** Register fields of an official document as the checks read them. */
export type RegisterInput = {
  type?: unknown
  number?: unknown
  adoptedOn?: unknown
  issuer?: unknown
  validFrom?: unknown
  validTo?: unknown
}

/** What the register needs of a document type (see DOCUMENT_TYPES), none for unknown types. */
function registerOf(type: string): 'numbered' | 'term' | undefined {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_TYPES, type)
    ? DOCUMENT_TYPES[type as keyof typeof DOCUMENT_TYPES].register
    : undefined
}

const filled = (value: unknown) =>
  (typeof value === 'string' && value.trim() !== '') || value instanceof Date

const day = (value: unknown): string | undefined => {
  if (!filled(value)) return undefined
  const date = value instanceof Date ? value : new Date(value as string)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10)
}

/** The documents register's rules: number and dates of official documents, their order. */
export function checkRegister(doc: RegisterInput): Finding[] {
  const findings: Finding[] = []
  const type = typeof doc.type === 'string' ? doc.type : ''
  const register = registerOf(type)
  if (register === 'numbered') {
    if (!filled(doc.number))
      findings.push({
        severity: 'error',
        code: 'document-number',
        field: 'number',
        message:
          'Офіційний документ без номера: у реєстрі документів його не можна буде знайти й послатися на нього.',
        fix: 'Укажіть номер, як у самому документі, напр. «№ 56-од».',
      })
    if (!day(doc.adoptedOn))
      findings.push({
        severity: 'error',
        code: 'document-adopted',
        field: 'adoptedOn',
        message: 'Офіційний документ без дати ухвалення: реєстр упорядковує документи за нею.',
        fix: 'Укажіть дату ухвалення з самого документа.',
      })
  }
  if (register === 'term' && !day(doc.validFrom) && !day(doc.adoptedOn))
    findings.push({
      severity: 'warning',
      code: 'document-term',
      field: 'validFrom',
      message:
        'Програма без строку дії й без дати ухвалення: на сайті не буде видно, коли вона чинна.',
      fix: 'Укажіть «Чинний з» і «Чинний до» (строк програми).',
    })
  if (register && !filled(doc.issuer))
    findings.push({
      severity: 'warning',
      code: 'document-issuer',
      field: 'issuer',
      message: 'Не вказано, ким ухвалено документ.',
      fix: 'Заповніть поле «Ким ухвалено», напр. «Директор ЦБС Солом’янського району».',
    })
  const from = day(doc.validFrom)
  const to = day(doc.validTo)
  if (from && to && to < from)
    findings.push({
      severity: 'error',
      code: 'document-dates',
      field: 'validTo',
      message: `Дата «Чинний до» (${to}) не може бути раніше «Чинний з» (${from}): статус документа був би хибним.`,
      fix: 'Виправте одну з дат.',
    })
  return findings
}
