'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { TRANSLATIONS_PATH } from './adminPaths'

/**
 * «Англійські версії» in the admin's side menu, after the collections (issue #16): the way to
 * /admin/pereklady, which lists what has no English version and what is out of date. Drawn like
 * Payload's own menu links, with the same mark on the page being shown.
 */
export function TranslationsNavLink() {
  const pathname = usePathname()
  const { config } = useConfig()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: TRANSLATIONS_PATH })
  const active = pathname === href
  return (
    <Link
      className="nav__link"
      href={href}
      id="nav-translations"
      prefetch={false}
      aria-current={active ? 'page' : undefined}
    >
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Англійські версії</span>
    </Link>
  )
}
