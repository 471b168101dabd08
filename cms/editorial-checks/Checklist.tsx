'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import type { ClientField, ClientTab } from 'payload'
import { reduceFieldsToValues, tabHasName } from 'payload/shared'
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'

import type { Finding } from '@domain/editorial-checks'

/** The names the edit form shows, for the «до поля …» links. */
const FIELD_NAMES: Record<string, string> = {
  title: 'Назва',
  name: 'Назва',
  excerpt: 'Анонс',
  summary: 'Короткий опис',
  body: 'Текст',
  description: 'Опис',
  cover: 'Обкладинка',
  photos: 'Світлини',
  number: 'Номер',
  adoptedOn: 'Дата ухвалення',
  issuer: 'Ким ухвалено',
  validFrom: 'Чинний з',
  validTo: 'Чинний до',
}

/**
 * The tabs (outermost first) that hold a top-level field, [] when no tab does, undefined when the
 * form has no such field. Payload renders only the open tab, so a field in another tab is not in
 * the page until its tab is opened (branches keep their description under «Послуги й опис»).
 */
function tabsHolding(fields: readonly ClientField[], name: string): ClientTab[] | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return []
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (tabHasName(tab)) continue // a named tab nests its fields under its own name
        const inner = tabsHolding(tab.fields, name)
        if (inner) return [tab, ...inner]
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      const inner = tabsHolding(field.fields, name)
      if (inner) return inner
    }
  }
  return undefined
}

/** The field's element: inputs carry `field-<path>` ids, rich text only a data attribute. */
const fieldElement = (path: string): HTMLElement | null =>
  document.getElementById(`field-${path.replace(/\./g, '__')}`) ??
  document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(path)}"]`)

const EDITABLE = '[contenteditable="true"], input:not([type="hidden"]), textarea, select'

/** How many frames to wait for an opened tab to render its fields. */
const RENDER_FRAMES = 60

/** Opens the tabs that hold the field, then scrolls to it and puts the cursor in it. */
function goToField(path: string, tabLabels: string[]): void {
  for (const label of tabLabels.filter(Boolean)) {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('button.tabs-field__tab-button'),
    ].find((candidate) => candidate.textContent?.trim().startsWith(label))
    button?.click()
  }
  let frames = 0
  const reach = () => {
    const element = fieldElement(path)
    if (!element) {
      if (++frames < RENDER_FRAMES) requestAnimationFrame(reach)
      return
    }
    element.scrollIntoView({ block: 'center' })
    // What the editor types into first (a rich text field starts with toolbar buttons).
    const target = element.matches(EDITABLE)
      ? element
      : (element.querySelector<HTMLElement>(EDITABLE) ??
        element.querySelector<HTMLElement>('button'))
    target?.focus({ preventScroll: true })
  }
  reach()
}

/** How long typing must pause before the checklist asks again. */
const PAUSE_MS = 800

type State =
  { kind: 'checking' } | { kind: 'done'; findings: Finding[] } | { kind: 'failed'; message: string }

const plural = (n: number, one: string, few: string, many: string) => {
  const tens = n % 100
  const units = n % 10
  if (tens >= 11 && tens <= 14) return many
  if (units === 1) return one
  if (units >= 2 && units <= 4) return few
  return many
}

function summaryOf(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  if (findings.length === 0) return 'Усе гаразд: проблем не знайдено.'
  const parts = []
  if (errors)
    parts.push(
      `${errors} ${plural(errors, 'помилка', 'помилки', 'помилок')} — публікувати не можна, доки не виправите`,
    )
  if (warnings)
    parts.push(
      `${warnings} ${plural(warnings, 'попередження', 'попередження', 'попереджень')} — публікувати можна`,
    )
  return `${parts.join('; ')}.`
}

/**
 * The pre-publish checklist beside the publish button: what is on the screen is checked on the
 * server (links to drafts and deleted pages need the database) a moment after typing stops.
 * Errors block publishing (the server refuses them too); warnings only advise.
 */
export function Checklist() {
  const [fields] = useAllFormFields()
  const { id, collectionSlug } = useDocumentInfo()
  // The language being edited: an English version gets the translation checks (issue #16).
  const locale = useLocale()
  const {
    config: {
      routes: { api },
    },
    getEntityConfig,
  } = useConfig()
  const { i18n } = useTranslation()
  const formFields = collectionSlug ? getEntityConfig({ collectionSlug })?.fields : undefined
  const [state, setState] = useState<State>({ kind: 'checking' })
  const body = useMemo(() => JSON.stringify(reduceFieldsToValues(fields, true)), [fields])
  const first = useRef(true)

  useEffect(() => {
    if (!collectionSlug) return
    const controller = new AbortController()
    const run = async () => {
      setState((previous) => (previous.kind === 'done' ? previous : { kind: 'checking' }))
      try {
        const query = locale.code ? `?locale=${encodeURIComponent(locale.code)}` : ''
        const response = await fetch(`${api}/${collectionSlug}/editorial-check${query}`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: controller.signal,
        })
        const answer = (await response.json()) as { findings?: Finding[]; error?: string }
        if (!response.ok || !answer.findings)
          setState({ kind: 'failed', message: answer.error ?? `помилка ${response.status}` })
        else setState({ kind: 'done', findings: answer.findings })
      } catch (error) {
        if (!controller.signal.aborted)
          setState({ kind: 'failed', message: error instanceof Error ? error.message : 'мережа' })
      }
    }
    const timer = setTimeout(() => void run(), first.current ? 0 : PAUSE_MS)
    first.current = false
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, body, collectionSlug, id, locale.code])

  return (
    <section
      aria-labelledby="editorial-checklist-heading"
      data-testid="editorial-checklist"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
      }}
    >
      <h2 id="editorial-checklist-heading" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        Перевірка перед публікацією
      </h2>
      <p role="status" aria-live="polite" data-testid="editorial-summary" style={{ margin: 0 }}>
        {state.kind === 'checking'
          ? 'Перевіряємо…'
          : state.kind === 'failed'
            ? `Не вдалося перевірити (${state.message}). Публікація все одно перевірить запис.`
            : summaryOf(state.findings)}
      </p>
      {state.kind === 'done' && state.findings.length > 0 ? (
        <ul style={{ margin: '0.5rem 0 0', padding: 0, listStyle: 'none' }}>
          {state.findings.map((finding, index) => (
            <li
              key={`${finding.code}-${finding.field}-${index}`}
              data-testid="editorial-finding"
              data-code={finding.code}
              data-severity={finding.severity}
              style={{
                borderLeft: `4px solid var(${finding.severity === 'error' ? '--theme-error-500' : '--theme-warning-500'})`,
                paddingLeft: '0.6rem',
                marginBottom: '0.6rem',
              }}
            >
              <strong>{finding.severity === 'error' ? 'Помилка' : 'Попередження'}:</strong>{' '}
              {finding.message} {finding.fix}{' '}
              <a
                href={`#field-${finding.field.replace(/\./g, '__')}`}
                onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                  event.preventDefault()
                  const top = finding.field.split('.')[0]!
                  const tabs = tabsHolding(formFields ?? [], top) ?? []
                  goToField(
                    finding.field,
                    // The button's text, as Payload's tab button writes it.
                    tabs.map((tab) => (tab.label ? getTranslation(tab.label, i18n) : '')),
                  )
                }}
              >
                до поля «{FIELD_NAMES[finding.field] ?? finding.field}»
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
