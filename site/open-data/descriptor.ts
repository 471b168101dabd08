import { absolute } from '@domain/urls/iiif'
import { urls } from '@domain/urls/urls'

import type { CalendarFeed } from './feeds'
import { tableField } from './fields'
import type { DataFile } from './serialise'

export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const

/**
 * The Frictionless Data Package descriptor (datapackage.json) of every published file: what each
 * field is and its type, the licence, where the data comes from and when it was made.
 */
export function dataPackage(
  files: DataFile[],
  context: { siteName: string; siteUrl: string; builtAt: string; feeds?: CalendarFeed[] },
): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'solomianka-libraries-open-data',
    title: `Відкриті дані: ${context.siteName}`,
    description:
      'Публічні дані бібліотек Солом’янського району Києва: бібліотеки, документи, новини, події (таблиці й календарі iCal), об’єкти цифрових колекцій, завдання програми розвитку з результатами за роками. Оновлюються з кожним випуском сайту.',
    homepage: absolute(context.siteUrl, urls.openData()),
    version: context.builtAt.slice(0, 10),
    created: new Date(context.builtAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    licenses: [LICENCE],
    sources: [{ title: context.siteName, path: absolute(context.siteUrl, urls.home()) }],
    contributors: [{ title: context.siteName, roles: ['publisher'] }],
    resources: [
      ...files.map((file) => tableResource(file, context)),
      ...(context.feeds ?? []).map((feed) => feedResource(feed, context)),
    ],
  }
}

/**
 * An events calendar (RFC 5545) as a resource of its own: not a table, published beside the
 * event pages, so its path is its full address (a descriptor's local paths may not leave its folder).
 */
function feedResource(feed: CalendarFeed, context: { siteUrl: string }): Record<string, unknown> {
  const name = feed.path.replace(/^\/|\.ics$/g, '').replace(/[^a-z0-9]+/g, '-')
  return {
    name: `${name}-ics`,
    path: absolute(context.siteUrl, feed.path),
    title: `${feed.title} (iCal)`,
    description:
      'Календар подій у форматі iCalendar (RFC 5545) для календарних програм: дати подій за рік до й після випуску, повторювані події — правилом RRULE зі змінами окремих дат. Без реєстрацій і без персональних даних.',
    format: 'ics',
    mediatype: 'text/calendar',
    encoding: 'utf-8',
    homepage: absolute(context.siteUrl, urls.events()),
    licenses: [LICENCE],
  }
}

function tableResource(file: DataFile, context: { siteUrl: string }): Record<string, unknown> {
  return {
    name: file.file.replace(/\./g, '-'),
    path: file.file,
    title: `${file.dataset.title} (${file.format.toUpperCase()})`,
    description: [file.dataset.description, file.dataset.licenceNote].filter(Boolean).join(' '),
    format: file.format,
    mediatype: file.mediaType.split(';')[0],
    encoding: 'utf-8',
    bytes: Buffer.byteLength(file.body),
    homepage: absolute(context.siteUrl, urls.openDataSet(file.dataset.name)),
    licenses: [LICENCE],
    ...(file.format === 'geojson'
      ? { profile: 'https://geojson.org/schema/FeatureCollection.json' }
      : {
          type: 'table',
          ...(file.format === 'csv'
            ? { dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' } }
            : {}),
          schema: {
            fields: file.dataset.fields.map((def) =>
              tableField(def, file.format === 'csv' ? 'csv' : 'json'),
            ),
            primaryKey: [file.dataset.primaryKey],
            missingValues: [''],
          },
        }),
  }
}
