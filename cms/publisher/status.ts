import type { Payload } from 'payload'

import type { ContentReport } from '../editorial-checks/report'

/** What the admin shows about the publisher; kept in the `publisher` global. */
export type PublisherState = 'idle' | 'queued' | 'building'

type StatusUpdate = Partial<{
  state: PublisherState
  liveRelease: string | null
  buildStartedAt: string | null
  building: string | null
  progress: string | null
  lastSuccess: {
    at: string
    releaseId: string
    durationMs: number
    pages: number
    /** Housekeeping after the switch that failed; the release is live all the same. */
    warning: string | null
  }
  lastFailure: { at: string; message: string; cause: string }
  contentReport: ContentReport
}>

/** Records the publisher's state; never lets a status write break a build. */
export async function setStatus(payload: Payload, update: StatusUpdate): Promise<void> {
  try {
    await payload.updateGlobal({
      slug: 'publisher',
      data: update,
      overrideAccess: true,
      context: { skipPublish: true },
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not record the publisher status' })
  }
}
