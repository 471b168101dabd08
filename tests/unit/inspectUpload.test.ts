import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { formatBytes } from '@domain/format/bytes'
import { inspectUpload } from '@cms/uploads/inspectUpload'

const images = { allowed: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 100_000 }
const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

function upload(name: string, mimetype: string, data: Buffer) {
  return { name, mimetype, size: data.length, data }
}

describe('inspectUpload', () => {
  it('accepts a real image of an allowed type', async () => {
    expect(
      await inspectUpload(upload('photo.png', 'image/png', await png()), images),
    ).toBeUndefined()
  })

  it('refuses a file over the size limit', async () => {
    const data = Buffer.alloc(100_001)
    expect(await inspectUpload(upload('big.png', 'image/png', data), images)).toMatchObject({
      key: 'uploadTooLarge',
    })
  })

  it('refuses SVG and HTML whatever they are declared as', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    expect(await inspectUpload(upload('x.svg', 'image/svg+xml', svg), images)).toMatchObject({
      key: 'uploadScriptable',
    })
    expect(await inspectUpload(upload('x.png', 'image/png', svg), images)).toMatchObject({
      key: 'uploadScriptable',
    })
    const html = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>')
    expect(await inspectUpload(upload('page.jpg', 'image/jpeg', html), images)).toMatchObject({
      key: 'uploadScriptable',
    })
  })

  it('refuses content that is not what the declared type says', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF')
    expect(await inspectUpload(upload('photo.jpg', 'image/jpeg', pdf), images)).toMatchObject({
      key: 'uploadTypeMismatch',
    })
  })

  it('refuses a declared type the collection does not take', async () => {
    expect(await inspectUpload(upload('a.gif', 'image/gif', await png()), images)).toMatchObject({
      key: 'uploadTypeNotAllowed',
    })
  })

  it('refuses bytes it cannot recognise', async () => {
    expect(
      await inspectUpload(upload('noise.png', 'image/png', Buffer.from('just some text')), images),
    ).toMatchObject({
      key: 'uploadUnrecognized',
    })
  })
})

describe('formatBytes', () => {
  it('writes sizes the Ukrainian way', () => {
    expect(formatBytes(512)).toBe('512\u00a0Б')
    expect(formatBytes(1536)).toBe('1,5\u00a0КБ')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5\u00a0МБ')
    expect(formatBytes(1536, 'en')).toBe('1.5\u00a0KB')
  })
})
