import type { Block } from 'payload'

import { label } from '@domain/i18n/label'

/** A set of images shown together inside rich text (photo reports of events). */
export const galleryBlock: Block = {
  slug: 'gallery',
  labels: { singular: label('Галерея', 'Gallery'), plural: label('Галереї', 'Galleries') },
  fields: [
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('Зображення', 'Images'),
    },
    { name: 'caption', type: 'text', label: label('Підпис', 'Caption') },
  ],
}
