/** Why a build was asked for: shown to editors and named when a build fails. */
export type PublishReason = {
  kind: 'change' | 'delete' | 'manual' | 'start' | 'clock'
  collection?: string
  id?: number | string
  title?: string
  at: string
}

/** "news «Title» (12)" or "ручний запуск": a reason in words for the admin. */
export function describeReason(reason: PublishReason): string {
  if (reason.kind === 'manual') return 'ручний запуск'
  if (reason.kind === 'start') return 'перша збірка після запуску'
  // The scheduler (cms/scheduler) names what changed with time in `title`.
  if (reason.kind === 'clock') return `за розкладом: ${reason.title ?? 'настав час змін'}`
  const what = [
    reason.collection,
    reason.title ? `«${reason.title}»` : undefined,
    reason.id !== undefined ? `(id ${reason.id})` : undefined,
  ]
    .filter(Boolean)
    .join(' ')
  return reason.kind === 'delete' ? `${what}, вилучено` : what
}

/** Whether a saved or deleted document changes what the public site shows. */
export function affectsPublicSite(args: {
  hasDrafts: boolean
  operation: 'create' | 'update' | 'delete'
  status?: string | null
  previousStatus?: string | null
}): boolean {
  const { hasDrafts, operation, status, previousStatus } = args
  if (!hasDrafts) return operation !== 'create'
  return status === 'published' || previousStatus === 'published'
}
