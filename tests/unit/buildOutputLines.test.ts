import { PassThrough } from 'node:stream'
import { once } from 'node:events'

import { describe, expect, it } from 'vitest'

import { eachLine } from '@cms/publisher/lines'

describe('the build output read line by line', () => {
  it('joins a line a chunk cut in two, a multi-byte letter included, and keeps the last line', async () => {
    const stream = new PassThrough()
    const lines: string[] = []
    eachLine(stream, (line) => lines.push(line))
    const text =
      '├─ /dokumenty/typ/polozhennia/index.html (+3ms)\n\n├─ /novyny/ї/index.html (restored)\nостанній'
    const bytes = Buffer.from(text, 'utf8')
    // Cut inside the first path, and between the two bytes of «ї».
    const cuts = [10, bytes.indexOf(Buffer.from('ї', 'utf8')) + 1, bytes.length]
    let from = 0
    for (const cut of cuts) {
      stream.write(bytes.subarray(from, cut))
      from = cut
    }
    stream.end()
    await once(stream, 'end')
    expect(lines).toEqual([
      '├─ /dokumenty/typ/polozhennia/index.html (+3ms)',
      '├─ /novyny/ї/index.html (restored)',
      'останній',
    ])
  })
})
