import { getPayload, type Payload } from 'payload'

import config from '@cms/payload.config'
import { exitAfterOutput } from '@cms/runtime/processes'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { keysOf } from '@domain/vocabularies/vocabulary'

const TYPES = keysOf(DOCUMENT_TYPES)
const WORDS =
  'бібліотека читач фонд громада послуга програма розвиток простір освіта культура район порядок положення звіт план захід виставка книжка видання архів'.split(
    ' ',
  )

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]!)
  const text = words.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = (type: string, text: string, extra: Record<string, unknown> = {}) => ({
  type,
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** A rich-text body of a typical order or regulation: a few sections of a few paragraphs. */
function body(seed: number) {
  const children = []
  for (let section = 1; section <= 4; section += 1) {
    children.push(block('heading', `${section}. ${sentence(seed + section, 4)}`, { tag: 'h2' }))
    for (let paragraph = 0; paragraph < 3; paragraph += 1)
      children.push(
        block('paragraph', sentence(seed + section * 3 + paragraph, 40), { textFormat: 0 }),
      )
  }
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}

/**
 * Adds one published item of `pages` pages (a bound newspaper volume, say) to the first
 * collection, reusing the sample images: the worst case for the item page's size.
 */
async function generateLongItem(payload: Payload, pages: number): Promise<void> {
  const collection = (await payload.find({ collection: 'digital-collections', limit: 1, depth: 0 }))
    .docs[0]
  const media = (await payload.find({ collection: 'media', limit: 0, depth: 0, pagination: false }))
    .docs
  if (!collection || media.length === 0)
    throw new Error('The sample collections and images are missing.')
  await payload.create({
    collection: 'items',
    overrideAccess: true,
    data: {
      identifier: `BENCH-PAGES-${pages}`,
      title: `Підшивка газети «Солом’янські вісті» за 1913 рік (${pages} сторінок)`,
      collections: [collection.id],
      type: 'newspaper',
      dateWritten: '1913',
      startYear: 1913,
      endYear: 1913,
      images: Array.from({ length: pages }, (_, index) => ({
        image: media[index % media.length]!.id,
        label: `с. ${index + 1}`,
      })),
      _status: 'published',
    },
  })
}

/** Adds `count` published documents and a long item to the database that DATA_DIR points to. */
export async function generateDocuments(
  count: number,
  log: (line: string) => void,
  itemPages = 0,
): Promise<void> {
  const payload = await getPayload({ config })
  if (itemPages > 0) {
    await generateLongItem(payload, itemPages)
    log(`  об’єкт на ${itemPages} сторінок`)
  }
  const started = performance.now()
  for (let index = 0; index < count; index += 1) {
    const year = 2000 + (index % 27)
    const month = String((index % 12) + 1).padStart(2, '0')
    await payload.create({
      collection: 'documents',
      overrideAccess: true,
      data: {
        title: `Наказ про ${sentence(index, 6).toLowerCase().slice(0, -1)} № ${index + 1}`,
        slug: `bench-document-${index + 1}`,
        type: TYPES[index % TYPES.length]!,
        number: `${index + 1}-од`,
        adoptedOn: `${year}-${month}-15T12:00:00.000Z`,
        validFrom: `${year}-${month}-15T12:00:00.000Z`,
        validTo: index % 3 === 0 ? `${year + 2}-${month}-15T12:00:00.000Z` : undefined,
        issuer: 'Директор ЦБС',
        summary: sentence(index, 25),
        body: body(index) as never,
        _status: 'published',
      },
    })
    if ((index + 1) % 500 === 0 || index + 1 === count) {
      const rate = (index + 1) / ((performance.now() - started) / 1000)
      log(`  ${index + 1}/${count} документів (${rate.toFixed(0)}/с)`)
    }
  }
  await payload.destroy()
}

// `tsx bench/generateDocuments.ts 10000 200` with DATA_DIR set: run by the bench in its own process.
if (process.argv[1]?.endsWith('generateDocuments.ts')) {
  const count = Number(process.argv[2] ?? '0')
  const itemPages = Number(process.argv[3] ?? '0')
  generateDocuments(count, (line) => process.stdout.write(`${line}\n`), itemPages).then(
    () => exitAfterOutput(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
      exitAfterOutput(1)
    },
  )
}
