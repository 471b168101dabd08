import type { CollectionAfterReadHook } from 'payload'

type Doc = {
  id: number | string
  requester?: { name?: unknown; email?: unknown; phone?: unknown; postalAddress?: unknown } | null
}

function hasPersonalData(doc: Doc): boolean {
  const requester = doc.requester
  return Boolean(
    requester && (requester.name || requester.email || requester.phone || requester.postalAddress),
  )
}

/**
 * Every time a signed-in person opens one submission that holds personal data, the view is
 * logged (who, when) in `submission-views`. Lists are not logged: they show no personal data.
 */
export const logView: CollectionAfterReadHook = async ({ doc, req, findMany }) => {
  const user = req.user as { id?: number | string } | null | undefined
  if (findMany || !user?.id || !hasPersonalData(doc as Doc)) return doc as Doc
  await req.payload.create({
    collection: 'submission-views',
    data: {
      viewedAt: new Date().toISOString(),
      user: user.id,
      submission: (doc as Doc).id,
    } as never,
    overrideAccess: true,
    req,
  })
  return doc as Doc
}
