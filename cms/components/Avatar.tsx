'use client'

import { useAuth } from '@payloadcms/ui'

/** Up to two letters for a person: the first letters of their name's words, else of the e-mail. */
export function initialsOf(
  user: { name?: string | null; email?: string | null } | null | undefined,
): string {
  const words = (user?.name ?? '').trim().split(/\s+/).filter(Boolean)
  const letters = words.length ? words.map((word) => word[0]) : [(user?.email ?? '?')[0]]
  return letters.slice(0, 2).join('').toUpperCase()
}

/**
 * The editor's picture in the admin: their initials, drawn here. Payload's default asks Gravatar,
 * which hands a hash of every editor's e-mail to a third party and shows a broken image offline.
 */
export function Avatar() {
  const { user } = useAuth<{ name?: string | null; email?: string | null }>()
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        fontSize: 11,
        fontWeight: 600,
        lineHeight: 1,
      }}
    >
      {initialsOf(user)}
    </span>
  )
}
