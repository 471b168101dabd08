import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { contentFeatures } from '../fields/richText'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.fromFeatures>>
const editorConfigs = new WeakMap<Payload, Promise<EditorConfig>>()

/** Converts Markdown from content/ to the rich text our editor stores (headings, lists, quotes, links). */
export async function markdownToRichText(payload: Payload, markdown: string) {
  let editorConfig = editorConfigs.get(payload)
  if (!editorConfig) {
    editorConfig = editorConfigFactory.fromFeatures({
      config: payload.config,
      features: contentFeatures,
    })
    editorConfigs.set(payload, editorConfig)
  }
  return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown })
}
