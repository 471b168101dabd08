import path from 'node:path'

import type { CollectionConfig, PayloadRequest } from 'payload'

import { uploadAccess } from '@cms/access/rules'
import { env } from '@cms/config/env'
import { createdByField } from '@cms/fields/createdBy'
import { keepLargeFields } from '@cms/fields/keepLarge'
import { sampleField } from '@cms/fields/sample'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { message } from '@cms/i18n/messages'
import { uploadGuard } from '@cms/uploads/uploadGuard'
import { cleanUploadName } from '@cms/uploads/cleanFileName'

/** Raster formats only: SVG can carry script, so it is never accepted. */
export const IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
] as const

// Derived sizes are WebP; the original is kept as uploaded, since scans are archival masters.
const webp = { format: 'webp' as const, options: { quality: 80 } }

/** Images with required alt text; sharp makes the sizes the site and admin use. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels(label('Зображення', 'Image'), label('Зображення', 'Images')),
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit'],
    group: label('Файли', 'Files'),
  },
  access: uploadAccess,
  hooks: {
    beforeOperation: [
      cleanUploadName,
      uploadGuard({ allowed: IMAGE_TYPES, maxBytes: env.UPLOAD_MAX_MB * 1024 * 1024 }),
    ],
  },
  upload: {
    staticDir: path.join(env.dataDir, 'media'),
    mimeTypes: [...IMAGE_TYPES],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 800, withoutEnlargement: true, formatOptions: webp },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: webp },
      {
        name: 'og',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Альтернативний текст', 'Alt text'),
      admin: {
        description: label(
          'Що зображено — для людей, які не бачать зображення.',
          'What the image shows, for people who cannot see it.',
        ),
      },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        value && value.trim().length >= 3 ? true : message(req, 'altRequired'),
    },
    { name: 'caption', type: 'textarea', localized: true, label: label('Підпис', 'Caption') },
    { name: 'credit', type: 'text', label: label('Автор / джерело', 'Credit') },
    ...keepLargeFields,
    sampleField,
    createdByField,
  ],
}
