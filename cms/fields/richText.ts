import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { richText as validateRichText } from 'payload/shared'

import { galleryBlock } from '../blocks/gallery'
import { message } from '../i18n/messages'
import { findUnsafeLinks } from '@domain/safe-links/findUnsafeLinks'

/**
 * The editor for long texts: Payload's default features (headings, lists, quotes, links,
 * images and file links through uploads) plus tables, galleries and a fixed toolbar.
 */
/** The feature list, shared with the seed's Markdown conversion. */
export const contentFeatures: NonNullable<
  NonNullable<Parameters<typeof lexicalEditor>[0]>['features']
> = ({ defaultFeatures }) => [
  ...defaultFeatures,
  FixedToolbarFeature(),
  EXPERIMENTAL_TableFeature(),
  BlocksFeature({ blocks: [galleryBlock] }),
]

export const contentEditor = lexicalEditor({ features: contentFeatures })

type RichTextOptions = Pick<RichTextField, 'name' | 'label' | 'required' | 'admin' | 'localized'>

/** A rich-text field that refuses links that could run script (javascript:, data:, vbscript:…). */
export function richTextField(options: RichTextOptions): RichTextField {
  return {
    ...options,
    type: 'richText',
    editor: contentEditor,
    validate: async (value, validationOptions) => {
      const unsafe = findUnsafeLinks(value)
      if (unsafe[0] !== undefined)
        return message(validationOptions.req, 'unsafeLink', { url: unsafe[0] })
      return validateRichText(value, validationOptions)
    },
  }
}
