import { absolute } from '@domain/urls/iiif'
import { urls } from '@domain/urls/urls'

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
  context: { siteName: string; siteUrl: string; builtAt: string },
): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'solomianka-libraries-open-data',
    title: `Відкриті дані: ${context.siteName}`,
    description:
      'Публічні дані бібліотек Солом’янського району Києва: бібліотеки, документи, новини, об’єкти цифрових колекцій. Оновлюються з кожним випуском сайту.',
    homepage: absolute(context.siteUrl, urls.openData()),
    version: context.builtAt.slice(0, 10),
    created: new Date(context.builtAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    licenses: [LICENCE],
    sources: [{ title: context.siteName, path: absolute(context.siteUrl, urls.home()) }],
    contributors: [{ title: context.siteName, roles: ['publisher'] }],
    resources: files.map((file) => ({
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
    })),
  }
}
