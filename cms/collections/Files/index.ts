import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { uploadAccess } from '@cms/access/rules'
import { env } from '@cms/config/env'
import { createdByField } from '@cms/fields/createdBy'
import { sampleField } from '@cms/fields/sample'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { uploadGuard } from '@cms/uploads/uploadGuard'
import { cleanUploadName } from '@cms/uploads/cleanFileName'

/** Office and PDF formats accepted as downloadable attachments. */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
} as const

/** Downloadable attachments of documents and news. Payload records their size and type. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: collectionLabels(label('Файл', 'File'), label('Файли', 'Files')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize'],
    group: label('Файли', 'Files'),
  },
  access: uploadAccess,
  hooks: {
    beforeOperation: [
      cleanUploadName,
      uploadGuard({
        allowed: Object.keys(ATTACHMENT_TYPES),
        maxBytes: env.UPLOAD_MAX_MB * 1024 * 1024,
      }),
    ],
  },
  upload: {
    staticDir: path.join(env.dataDir, 'files'),
    mimeTypes: Object.keys(ATTACHMENT_TYPES),
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Назва', 'Title') },
    { name: 'description', type: 'textarea', label: label('Опис', 'Description') },
    {
      name: 'format',
      type: 'text',
      label: label('Формат', 'Format'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            ATTACHMENT_TYPES[siblingData.mimeType as keyof typeof ATTACHMENT_TYPES] ?? undefined,
        ],
      },
    },
    sampleField,
    createdByField,
  ],
}
