import type { ContentReport } from '../../editorial-checks/report'

const COLLECTION_NAMES: Record<string, string> = {
  news: 'Новина',
  documents: 'Документ',
  pages: 'Сторінка',
  branches: 'Бібліотека',
  'digital-collections': 'Колекція',
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('uk-UA', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Kyiv',
  }).format(new Date(iso))

/** How many of what, in Ukrainian: 1 помилка, 2 помилки, 5 помилок. */
function count(n: number, one: string, few: string, many: string): string {
  const tens = n % 100
  const units = n % 10
  const word =
    tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many
  return `${n} ${word}`
}

/** Shown at most: the full list is for the report's data, the panel is for a glance. */
const SHOWN = 50

/**
 * The release check's report on published content (the editorial checklist run over all of it):
 * what has problems, with a link to each document. Nothing here stopped the release.
 */
export function ContentReportView({ report }: { report: ContentReport }) {
  return (
    <section aria-labelledby="content-report-heading" data-testid="content-report">
      <h3 id="content-report-heading">Перевірка опублікованого</h3>
      <p>
        Під час останньої збірки ({when(report.at)}) перевірено{' '}
        {count(report.checked, 'запис', 'записи', 'записів')}: з помилками — {report.withErrors},
        лише з попередженнями — {report.withWarnings}. Це звіт: збірку він не зупиняє, але помилки
        варто виправити (посилання, що зникли, зображення без опису).
      </p>
      {report.items.length ? (
        <ul>
          {report.items.slice(0, SHOWN).map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> (
              {COLLECTION_NAMES[item.collection] ?? item.collection}
              {item.errors ? `, ${count(item.errors, 'помилка', 'помилки', 'помилок')}` : ''}
              {item.warnings
                ? `, ${count(item.warnings, 'попередження', 'попередження', 'попереджень')}`
                : ''}
              ): {item.problems[0]}
            </li>
          ))}
        </ul>
      ) : null}
      {report.items.length > SHOWN || report.truncated ? (
        <p>Показано перші {SHOWN}; решту видно у списках розділів.</p>
      ) : null}
    </section>
  )
}
