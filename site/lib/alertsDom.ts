import type { LiveAlert } from '@domain/branch-status/liveBundle'
import { dismissAlert, dismissedAlerts } from './alertDismissal'

/**
 * Alert banners in the page: the build renders them (components/AlertBanner.astro); the live
 * status script (components/LiveStatus.astro) replaces them with newer ones. Both wire the close
 * buttons here, so a banner behaves the same whoever made it.
 */

/**
 * The alerts' container is one landmark, «Оголошення», while it holds any: a page without alerts
 * has no empty landmark, and two urgent alerts are not two landmarks of the same name.
 */
export function markAlertsRegion(container: HTMLElement): void {
  if (container.children.length > 0) {
    container.setAttribute('role', 'region')
    container.setAttribute('aria-label', 'Оголошення')
  } else {
    container.removeAttribute('role')
    container.removeAttribute('aria-label')
  }
}

/** Hides the alerts closed earlier in this session and wires the close buttons. */
export function setUpAlerts(root: ParentNode = document): void {
  const closed = dismissedAlerts(window.sessionStorage)
  for (const alert of root.querySelectorAll<HTMLElement>('[data-alert]')) {
    const key = alert.dataset.alert ?? ''
    if (closed.has(key)) alert.dataset.dismissed = ''
    const button = alert.querySelector<HTMLButtonElement>('[data-alert-close]')
    if (!button || button.dataset.wired !== undefined) continue
    button.dataset.wired = ''
    button.hidden = false
    button.addEventListener('click', () => {
      dismissAlert(window.sessionStorage, key)
      alert.dataset.dismissed = ''
      document.getElementById('content')?.focus()
    })
  }
}

/**
 * One banner, as AlertBanner.astro renders it: text set as text (never as HTML), the start and
 * end as time-aware attributes, a live region only for urgent alerts.
 */
export function alertElement(doc: Document, alert: LiveAlert): HTMLElement {
  const section = doc.createElement('div')
  section.className = `alert alert-${alert.level}`
  section.dataset.alert = `${alert.id}:${alert.startsAt}:${alert.endsAt}`
  section.dataset.visibleFrom = alert.startsAt
  section.dataset.visibleUntil = alert.endsAt
  const body = doc.createElement('div')
  body.className = 'wrap alert-body'
  const text = doc.createElement('p')
  if (alert.level === 'urgent') text.setAttribute('role', 'alert')
  const level = doc.createElement('strong')
  level.textContent = `${alert.levelLabel}.`
  text.append(level, ` ${alert.text}`)
  const close = doc.createElement('button')
  close.type = 'button'
  close.className = 'alert-close'
  close.dataset.alertClose = ''
  close.hidden = true
  const hint = doc.createElement('span')
  hint.className = 'visually-hidden'
  hint.textContent = ' оголошення до кінця сеансу'
  close.append('Закрити', hint)
  body.append(text, close)
  section.append(body)
  return section
}
