import type { AdminViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'
import { CollectionCards } from '@payloadcms/ui/rsc'

import { InboxCounts } from '@cms/submissions/admin/InboxCounts'

import { Dashboard } from './Dashboard'

/**
 * The admin's home: the editors' desk, then Payload's collection links. It replaces Payload's
 * modular dashboard, whose layout editor adds nothing for branch staff and whose breadcrumb
 * menu has no accessible name.
 */
export function DeskView({ initPageResult, payload, user }: AdminViewServerProps) {
  return (
    <Gutter className="dashboard">
      <Dashboard payload={payload} user={user} />
      <InboxCounts payload={payload} user={user} />
      <CollectionCards
        cookies={initPageResult.cookies}
        locale={initPageResult.locale}
        permissions={initPageResult.permissions}
        req={initPageResult.req}
        user={user}
        widgetSlug="collections"
      />
    </Gutter>
  )
}
