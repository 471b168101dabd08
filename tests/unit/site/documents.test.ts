import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ImagePipeline } from '@site/data/images'
import { documentSchema, parse } from '@site/data/read/schemas'
import { createShaping } from '@site/data/shape/context'
import { shapeDocuments } from '@site/data/shape/documents'

/*
 * The documents register as the pages get it: each document's links to the documents it
 * supersedes and to those that supersede it, in the register's order.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'site-documents-'))
const shaping = createShaping(
  new ImagePipeline(dir, path.join(dir, 'cache')),
  new Map(),
  new Map(),
  {},
)

const raw = (id: number, slug: string, type: string, supersedes: number[] = []) =>
  parse(documentSchema, 'documents', {
    id,
    title: `Документ ${slug}`,
    slug,
    type,
    status: 'in-force',
    body: null,
    supersedes,
  })

describe('shapeDocuments', () => {
  const docs = [
    raw(1, 'nakaz-1', 'order'),
    raw(2, 'nakaz-2', 'order', [1]),
    raw(3, 'statut', 'statute'),
    // Named twice by the editor: still one link.
    raw(4, 'nakaz-4', 'order', [1, 3, 1]),
    raw(5, 'nakaz-5', 'order', [4, 99]),
  ]
  const shaped = new Map(shapeDocuments(docs, shaping).map((doc) => [doc.slug, doc]))
  const hrefs = (slug: string, key: 'supersedes' | 'supersededBy') =>
    shaped.get(slug)![key].map((link) => link.href)

  it('links each document to the documents that supersede it, once each, in register order', () => {
    expect(hrefs('nakaz-1', 'supersededBy')).toEqual(['/dokumenty/nakaz-2/', '/dokumenty/nakaz-4/'])
    expect(hrefs('statut', 'supersededBy')).toEqual(['/dokumenty/nakaz-4/'])
    expect(hrefs('nakaz-4', 'supersededBy')).toEqual(['/dokumenty/nakaz-5/'])
    expect(hrefs('nakaz-5', 'supersededBy')).toEqual([])
  })

  it('links the documents it supersedes that are in the register', () => {
    expect(hrefs('nakaz-5', 'supersedes')).toEqual(['/dokumenty/nakaz-4/'])
    expect(shaped.get('nakaz-2')!.supersededBy).toEqual([])
  })

  it('gives each type its listing path', () => {
    expect(shaped.get('nakaz-1')!.typePath).toBe('nakaz')
    expect(shaped.get('nakaz-5')!.typePath).toBe('nakaz')
    expect(shaped.get('statut')!.typePath).toBe('statut')
  })
})
