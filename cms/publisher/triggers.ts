import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { LIVE_STATUS_COLLECTIONS, requestLiveStatus } from './liveStatus'
import { requestPublish } from './queue'
import { affectsPublicSite, type PublishReason } from './reasons'

/**
 * Collections and globals whose changes never reach the public site (the inbox: submissions,
 * its outbox, view log and settings, among them).
 */
const NOT_PUBLISHED = new Set([
  'users',
  'publisher',
  'payload-jobs',
  'submissions',
  'outbox',
  'submission-views',
  'inbox-settings',
])

function shouldSkip(context: Record<string, unknown>): boolean {
  // Seeding loads everything before the first build; tests and scripts may opt out.
  return Boolean(
    context.seeding || context.skipPublish || process.env.PUBLISHER_DISABLED === 'true',
  )
}

function titleOf(doc: Record<string, unknown>): string | undefined {
  const title = doc.title ?? doc.name ?? doc.alt ?? doc.filename
  return typeof title === 'string' ? title : undefined
}

async function request(req: PayloadRequest, reason: Omit<PublishReason, 'at'>): Promise<void> {
  try {
    // Status and alerts take the fast path first (liveStatus.ts); the release follows.
    if (reason.collection && LIVE_STATUS_COLLECTIONS.has(reason.collection))
      await requestLiveStatus(req.payload)
    await requestPublish(req.payload, { ...reason, at: new Date().toISOString() })
  } catch (error) {
    // Saving content must not fail because the publish queue did; the admin shows the queue state.
    req.payload.logger.error({ err: error, msg: 'Could not queue a site build' })
  }
}

function afterChange(hasDrafts: boolean): CollectionAfterChangeHook {
  return async ({ collection, doc, previousDoc, operation, req, context }) => {
    if (shouldSkip(context)) return
    const current = doc as Record<string, unknown>
    const previous = (previousDoc ?? {}) as Record<string, unknown>
    const affects = affectsPublicSite({
      hasDrafts,
      operation,
      status: current._status as string | undefined,
      previousStatus: previous._status as string | undefined,
    })
    if (affects)
      await request(req, {
        kind: 'change',
        collection: collection.slug,
        id: current.id as number,
        title: titleOf(current),
      })
  }
}

function afterDelete(hasDrafts: boolean): CollectionAfterDeleteHook {
  return async ({ collection, doc, req, context }) => {
    if (shouldSkip(context)) return
    const current = doc as Record<string, unknown>
    if (
      affectsPublicSite({
        hasDrafts,
        operation: 'delete',
        status: current._status as string | undefined,
      })
    ) {
      await request(req, {
        kind: 'delete',
        collection: collection.slug,
        id: current.id as number,
        title: titleOf(current),
      })
    }
  }
}

// The hooks return nothing, which tells Payload to keep the document as it is.
const globalAfterChange: GlobalAfterChangeHook = async ({ global, req, context }) => {
  if (!shouldSkip(context)) await request(req, { kind: 'change', collection: global.slug })
}

/** Adds the hooks that queue a new release when published content changes. */
export function withPublishTriggers(collections: CollectionConfig[], globals: GlobalConfig[]) {
  return {
    collections: collections.map((collection) => {
      if (NOT_PUBLISHED.has(collection.slug)) return collection
      const hasDrafts = Boolean(
        collection.versions &&
        typeof collection.versions === 'object' &&
        collection.versions.drafts,
      )
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), afterChange(hasDrafts)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete(hasDrafts)],
        },
      }
    }),
    globals: globals.map((global) =>
      NOT_PUBLISHED.has(global.slug)
        ? global
        : {
            ...global,
            hooks: {
              ...global.hooks,
              afterChange: [...(global.hooks?.afterChange ?? []), globalAfterChange],
            },
          },
    ),
  }
}
