import type { CheckboxField, DateField, FieldHook, RelationshipField } from 'payload'

import { label } from '@domain/i18n/label'

type KeepDoc = { keepLarge?: boolean | null; keepLargeBy?: unknown; keepLargeAt?: string | null }

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

/** Whether the image is (still) kept large after this change: a partial update keeps the old choice. */
const keptAfter = (siblingData: KeepDoc, originalDoc: KeepDoc | undefined): boolean =>
  Boolean(siblingData.keepLarge ?? originalDoc?.keepLarge)

/**
 * Who and when kept an image large: set by the server when the choice is made, kept while it
 * stands, cleared when it is withdrawn. Whatever a client sends for these is ignored.
 */
const keptByHook: FieldHook = ({ siblingData, originalDoc, req }) => {
  const before = originalDoc as KeepDoc | undefined
  if (!keptAfter(siblingData as KeepDoc, before)) return null
  if (before?.keepLarge && before.keepLargeBy) return idOf(before.keepLargeBy)
  return req.user?.id ?? null
}

const keptAtHook: FieldHook = ({ siblingData, originalDoc }) => {
  const before = originalDoc as KeepDoc | undefined
  if (!keptAfter(siblingData as KeepDoc, before)) return null
  if (before?.keepLarge && before.keepLargeAt) return before.keepLargeAt
  return new Date().toISOString()
}

const shownWhenKept = (data: Partial<KeepDoc> | undefined) => Boolean(data?.keepLarge)

/**
 * «Залишити великим»: an editor's stored decision that an oversized original is intended (an
 * archival scan). The editorial checks stop warning about the image once it is kept
 * (domain/editorial-checks/images.ts); who and when decided is kept with it.
 */
export const keepLargeFields: [CheckboxField, RelationshipField, DateField] = [
  {
    name: 'keepLarge',
    type: 'checkbox',
    label: label('Залишити великим (навмисно)', 'Keep large (on purpose)'),
    admin: {
      position: 'sidebar',
      description: label(
        'Позначте, якщо великий оригінал потрібен (напр. архівний скан): перевірка перед публікацією більше не попереджатиме про розмір.',
        'Tick when the large original is needed (e.g. an archival scan): the pre-publishing check stops warning about its size.',
      ),
    },
  },
  {
    name: 'keepLargeBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Залишив(ла) великим', 'Kept large by'),
    admin: { position: 'sidebar', readOnly: true, condition: shownWhenKept },
    hooks: { beforeChange: [keptByHook] },
  },
  {
    name: 'keepLargeAt',
    type: 'date',
    label: label('Коли залишено великим', 'Kept large on'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: shownWhenKept,
      date: { pickerAppearance: 'dayAndTime' },
    },
    hooks: { beforeChange: [keptAtHook] },
  },
]
