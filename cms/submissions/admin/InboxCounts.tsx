import type { Payload, TypedUser } from 'payload'

import { inboxCounts } from '../inboxCounts'

/** The desk's line about the submissions inbox (counts in cms/submissions/inboxCounts.ts). */
export async function InboxCounts({
  payload,
  user,
}: {
  payload: Payload
  user: TypedUser | null | undefined
}) {
  if (!user) return null
  const counts = await inboxCounts(payload, user)
  return (
    <section aria-labelledby="inbox-counts-title" style={{ margin: '1.5rem 0' }}>
      <h2 id="inbox-counts-title">Звернення</h2>
      <ul
        style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', listStyle: 'none', padding: 0 }}
      >
        {counts.map((count) => (
          <li key={count.label}>
            <a href={count.href}>
              {count.label}: <strong>{count.total}</strong>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
