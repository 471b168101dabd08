import type { Payload, TypedUser } from 'payload'

import { branchIdOf, isBranchEditorUser, isContentManager } from '@cms/access/roles'
import { env } from '@cms/config/env'
import type { ContentReport } from '@cms/editorial-checks/report'
import { statusAtAGlance, type BranchStatusInput } from '@domain/branch-status/statusAtAGlance'
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@domain/vocabularies/weekdays'
import { deskCounts, type CountResult } from './counts'
import { problemsInScope, type ProblemItem } from './problems'
import { when } from './when'
import {
  draftsInScope,
  myDrafts,
  myRecentlyPublished,
  scheduledInScope,
  type DeskUser,
  type ScheduledItem,
  type WorkItem,
} from './work'

const COLLECTION_NAMES: Record<WorkItem['collection'], string> = {
  news: 'Новина',
  events: 'Подія',
  documents: 'Документ',
  pages: 'Сторінка',
  branches: 'Бібліотека',
  'digital-collections': 'Колекція',
  items: 'Об’єкт',
}

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
} as const

/** One titled list of documents, with a sentence for when it is empty. */
function WorkList({
  id,
  title,
  items,
  empty,
  describe,
}: {
  id: string
  title: string
  items: WorkItem[]
  empty: string
  describe: (item: WorkItem) => string
}) {
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id} style={box}>
      <h2 id={`${id}-heading`} style={{ fontSize: '1.15rem', margin: '0 0 0.5rem' }}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p style={{ margin: 0 }}>{empty}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`} style={{ marginBottom: '0.4rem' }}>
              <a href={item.editUrl}>{item.title}</a>{' '}
              <span style={{ color: 'var(--theme-elevation-650)' }}>
                ({COLLECTION_NAMES[item.collection]}, {describe(item)})
              </span>
              {item.liveUrl ? (
                <>
                  {' '}
                  <a href={item.liveUrl} aria-label={`Переглянути на сайті: ${item.title}`}>
                    на сайті
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

const changed = (item: WorkItem) => `змінено ${when(item.at)}`
const scheduled = (item: WorkItem) =>
  `${(item as ScheduledItem).action === 'unpublish' ? 'зняття з публікації' : 'публікація'} ${when(item.at)}`

type PublisherState = {
  state?: string | null
  liveRelease?: string | null
  building?: string | null
  progress?: string | null
  lastSuccess?: { at?: string | null; warning?: string | null } | null
  lastFailure?: { at?: string | null; cause?: string | null; message?: string | null } | null
  contentReport?: unknown
}

const STATE_TEXT: Record<string, string> = {
  idle: 'Сайт актуальний.',
  queued: 'Зміни в черзі: збірка почнеться за мить.',
  building: 'Збирається новий реліз сайту.',
}

/** The publisher's state in brief, with the live site and the full panel a link away. */
function PublishingState({ status }: { status: PublisherState }) {
  const failedLast =
    status.lastFailure?.at &&
    (!status.lastSuccess?.at || status.lastFailure.at > status.lastSuccess.at)
  return (
    <section aria-labelledby="desk-publishing-heading" data-testid="desk-publishing" style={box}>
      <h2 id="desk-publishing-heading" style={{ fontSize: '1.15rem', margin: '0 0 0.5rem' }}>
        Стан публікації
      </h2>
      <p style={{ margin: '0 0 0.4rem' }}>
        {STATE_TEXT[status.state ?? 'idle'] ?? STATE_TEXT.idle}
        {status.state === 'building' && status.building ? ` Причина: ${status.building}.` : ''}
        {status.state === 'building' && status.progress ? ` Хід: ${status.progress}.` : ''}
      </p>
      <p style={{ margin: '0 0 0.4rem' }}>
        Поточний реліз: <strong>{status.liveRelease ?? 'ще немає'}</strong>, остання успішна
        публікація: {when(status.lastSuccess?.at)}.
      </p>
      {status.lastSuccess?.warning ? (
        <p data-testid="desk-warning" style={{ margin: '0 0 0.4rem' }}>
          Попередження останньої публікації (сайт працює):{' '}
          {status.lastSuccess.warning.slice(0, 300)}
        </p>
      ) : null}
      {failedLast ? (
        <div
          data-testid="desk-failure"
          style={{ borderLeft: '4px solid var(--theme-error-500)', paddingLeft: '0.75rem' }}
        >
          <p style={{ margin: '0 0 0.4rem' }}>
            <strong>Остання збірка не вдалася ({when(status.lastFailure?.at)})</strong>: сайт
            лишився без змін. Спричинили: {status.lastFailure?.cause ?? 'невідомо'}.
          </p>
          {status.lastFailure?.message ? (
            <p style={{ margin: '0 0 0.4rem', whiteSpace: 'pre-wrap' }}>
              {status.lastFailure.message.slice(0, 500)}
            </p>
          ) : null}
        </div>
      ) : null}
      <p style={{ margin: 0 }}>
        <a href={env.SITE_URL}>Відкрити сайт</a> ·{' '}
        <a href="/admin/globals/publisher">Усі подробиці публікації</a>
      </p>
    </section>
  )
}

type BranchHours = BranchStatusInput & {
  id: number | string
  name?: string | null
  weeklyHours?:
    | {
        day?: string | null
        opens?: string | null
        closes?: string | null
        breakFrom?: string | null
        breakTo?: string | null
      }[]
    | null
}

/** A branch editor's own branch: its weekly hours at a glance and where to change them. */
function BranchAtAGlance({ branch }: { branch: BranchHours }) {
  const rows = new Map((branch.weeklyHours ?? []).map((row) => [row.day, row]))
  return (
    <section aria-labelledby="desk-branch-heading" data-testid="desk-branch" style={box}>
      <h2 id="desk-branch-heading" style={{ fontSize: '1.15rem', margin: '0 0 0.5rem' }}>
        Графік роботи: {branch.name}
      </h2>
      <table style={{ borderCollapse: 'collapse', marginBottom: '0.5rem' }}>
        <caption style={{ textAlign: 'left', position: 'absolute', left: '-10000px' }}>
          Звичайний тижневий графік бібліотеки
        </caption>
        <tbody>
          {WEEKDAYS.map((day: Weekday) => {
            const row = rows.get(day)
            return (
              <tr key={day}>
                <th
                  scope="row"
                  style={{ textAlign: 'left', paddingRight: '1rem', fontWeight: 'normal' }}
                >
                  {WEEKDAY_LABELS[day].uk}
                </th>
                <td>
                  {row?.opens && row.closes
                    ? `${row.opens}–${row.closes}${row.breakFrom && row.breakTo ? `, перерва ${row.breakFrom}–${row.breakTo}` : ''}`
                    : 'вихідний'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h3 style={{ fontSize: '1rem', margin: '0.75rem 0 0.35rem' }}>Стан бібліотеки</h3>
      <BranchStatus branch={branch} />
      <p style={{ margin: '0.5rem 0 0' }}>
        <a href={`/admin/collections/branches/${branch.id}`}>Змінити графік і особливі дні</a>
        {' · '}
        <a href={`/admin/collections/branches/${branch.id}#field-statusLine`}>
          Змінити стан бібліотеки
        </a>
      </p>
    </section>
  )
}

/** The branch's status line, closures and changed hours of today and to come. */
function BranchStatus({ branch }: { branch: BranchHours }) {
  const lines = statusAtAGlance(branch, new Date())
  return (
    <div data-testid="desk-branch-status">
      <p style={{ margin: '0 0 0.35rem' }}>
        {branch.statusLine?.trim()
          ? `Стан на сьогодні: «${branch.statusLine.trim()}»`
          : 'Рядок «Стан на сьогодні» порожній: бібліотека працює як звичайно.'}
      </p>
      {lines.length ? (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {lines.map((line) => (
            <li key={line.text}>
              {line.when === 'now' ? 'Зараз: ' : 'Попереду: '}
              {line.text}
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ margin: 0 }}>Тимчасових зачинень і змін графіка немає.</p>
      )}
    </div>
  )
}

/** Published documents the last release check found problems in, within the user's scope. */
function Problems({ items, report }: { items: ProblemItem[]; report?: ContentReport }) {
  return (
    <section aria-labelledby="desk-problems-heading" data-testid="desk-problems" style={box}>
      <h2 id="desk-problems-heading" style={{ fontSize: '1.15rem', margin: '0 0 0.5rem' }}>
        Опубліковане з проблемами
      </h2>
      {!report ? (
        <p style={{ margin: 0 }}>Звіт з’явиться після наступної збірки сайту.</p>
      ) : items.length === 0 ? (
        <p style={{ margin: 0 }}>Проблем не знайдено (перевірка {when(report.at)}).</p>
      ) : (
        <>
          <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
            {items.map((item) => (
              <li key={`${item.collection}-${item.id}`} style={{ marginBottom: '0.4rem' }}>
                <a href={item.editUrl}>{item.title}</a>{' '}
                <span>
                  ({item.errors ? 'помилка' : 'попередження'}: {item.problems[0]})
                </span>
              </li>
            ))}
          </ul>
          <p style={{ margin: '0.4rem 0 0', color: 'var(--theme-elevation-650)' }}>
            За перевіркою під час збірки {when(report.at)}.
          </p>
        </>
      )}
    </section>
  )
}

/** Numbers worth a look (cms/desk/counts.ts), each a link to the list behind it. */
function Counts({ counts }: { counts: CountResult[] }) {
  if (counts.length === 0) return null
  return (
    <section aria-labelledby="desk-counts-heading" data-testid="desk-counts" style={box}>
      <h2 id="desk-counts-heading" style={{ fontSize: '1.15rem', margin: '0 0 0.5rem' }}>
        Варто переглянути
      </h2>
      <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {counts.map((count) => (
          <li key={count.id} data-testid={count.id}>
            <a href={count.href}>{count.label}</a>: <strong>{count.count}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The admin's home: the signed-in person's work above Payload's collection links. Everything is
 * read with the Local API as that person (overrideAccess: false), so nobody sees more here than
 * the admin would show them anyway.
 */
export async function Dashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const me = { ...user, collection: 'users' } as unknown as DeskUser
  const manager = isContentManager(me)
  const branchEditor = isBranchEditorUser(me)
  const branchId = branchIdOf(me)
  const [drafts, published, scheduledItems, scopeDrafts, status, branch] = await Promise.all([
    myDrafts(payload, me),
    myRecentlyPublished(payload, me),
    scheduledInScope(payload, me),
    manager || branchEditor ? draftsInScope(payload, me) : Promise.resolve([]),
    payload.findGlobal({ slug: 'publisher', depth: 0, user: me, overrideAccess: false }),
    branchEditor && branchId !== undefined
      ? payload.findByID({
          collection: 'branches',
          id: branchId,
          depth: 0,
          draft: true,
          user: me,
          overrideAccess: false,
        })
      : Promise.resolve(null),
  ])
  const report = isReport(status.contentReport) ? status.contentReport : undefined
  const [problems, counts] = await Promise.all([
    manager || branchEditor ? problemsInScope(payload, me, report) : Promise.resolve([]),
    deskCounts(payload, me, new Date()),
  ])
  const mine = scheduledItems.filter((item) => item.mine)
  const scope = manager ? 'у мережі' : 'вашої бібліотеки'
  return (
    <div data-testid="desk" style={{ marginBottom: '2.5rem' }}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          gap: '0.5rem 1.5rem',
          marginBottom: '1rem',
        }}
      >
        <h1 style={{ fontSize: '1.6rem', margin: 0 }}>Робочий стіл</h1>
        <span style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem' }}>
          <a href="/admin/pereklady">Англійські версії</a>
          <a href="/admin/dovidka">Посібник редактора</a>
        </span>
      </div>
      <div
        style={{
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
        }}
      >
        <WorkList
          id="desk-my-drafts"
          title="Мої чернетки"
          items={drafts}
          empty="Чернеток немає."
          describe={changed}
        />
        <WorkList
          id="desk-my-scheduled"
          title="Мої заплановані публікації"
          items={mine}
          empty="Нічого не заплановано."
          describe={scheduled}
        />
        <WorkList
          id="desk-my-published"
          title="Я нещодавно опублікував(ла)"
          items={published}
          empty="Поки нічого."
          describe={changed}
        />
        <PublishingState status={status} />
        {manager || branchEditor ? (
          <>
            <WorkList
              id="desk-scope-drafts"
              title={`Чернетки ${scope}`}
              items={scopeDrafts}
              empty="Чернеток немає."
              describe={changed}
            />
            <WorkList
              id="desk-scope-scheduled"
              title={`Заплановано ${scope}`}
              items={scheduledItems}
              empty="Нічого не заплановано."
              describe={scheduled}
            />
          </>
        ) : null}
        {manager || branchEditor ? <Problems items={problems} report={report} /> : null}
        <Counts counts={counts} />
        {branch ? <BranchAtAGlance branch={branch} /> : null}
      </div>
      <h2 style={{ fontSize: '1.15rem', marginTop: '2rem' }}>Розділи</h2>
    </div>
  )
}

/** The stored report as the release check wrote it (a JSON field: checked before use). */
function isReport(value: unknown): value is ContentReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ContentReport).items) &&
    typeof (value as ContentReport).at === 'string'
  )
}
