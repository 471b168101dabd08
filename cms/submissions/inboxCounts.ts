import type { Payload, TypedUser, Where } from 'payload'

export type InboxCount = { label: string; total: number; href: string }

const COUNTS: { label: string; where: Where; query: string }[] = [
  { label: 'Прострочено', where: { urgency: { equals: 0 } }, query: 'where[urgency][equals]=0' },
  {
    label: 'Строк за 2 робочі дні',
    where: { urgency: { equals: 1 } },
    query: 'where[urgency][equals]=1',
  },
  { label: 'Нові', where: { status: { equals: 'new' } }, query: 'where[status][equals]=new' },
  {
    label: 'У роботі',
    where: { status: { equals: 'in-progress' } },
    query: 'where[status][equals]=in-progress',
  },
]

/**
 * What the desk shows about the inbox: overdue, due within 2 working days, new and in progress,
 * in the person's scope (the collection's access rules: a branch editor counts their branch's
 * only), each with a link to the list filtered to it.
 */
export async function inboxCounts(payload: Payload, user: TypedUser): Promise<InboxCount[]> {
  return Promise.all(
    COUNTS.map(async (count) => ({
      label: count.label,
      href: `/admin/collections/submissions?${count.query}`,
      total: (
        await payload.count({
          collection: 'submissions',
          where: count.where,
          overrideAccess: false,
          user,
        })
      ).totalDocs,
    })),
  )
}
