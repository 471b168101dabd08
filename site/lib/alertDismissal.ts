/**
 * Alerts a reader closed, for the session only (sessionStorage): a new or changed alert (its key
 * holds its id, start and end) shows again. Storage may be missing or full (private modes): then
 * closing still hides the alert on this page, and nothing breaks.
 */
const STORAGE_KEY = 'closed-alerts'
/** Enough for any real session; older keys drop off first. */
const MAX_KEYS = 50

type SessionStore = Pick<Storage, 'getItem' | 'setItem'>

export function dismissedAlerts(store: SessionStore | undefined): Set<string> {
  try {
    const raw = JSON.parse(store?.getItem(STORAGE_KEY) ?? '[]') as unknown
    return new Set(
      Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string') : [],
    )
  } catch {
    return new Set()
  }
}

export function dismissAlert(store: SessionStore | undefined, key: string): void {
  const keys = [...dismissedAlerts(store)].filter((existing) => existing !== key)
  keys.push(key)
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(keys.slice(-MAX_KEYS)))
  } catch {
    // Storage refused: the alert is hidden on this page only.
  }
}
