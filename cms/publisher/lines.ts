import type { Readable } from 'node:stream'

/**
 * Calls `onLine` with each non-empty line a stream writes, whole: a pipe hands its data over in
 * chunks that may end in the middle of a line (or of a character), and the build's log is read
 * line by line (its progress, the pages it rendered or copied).
 */
export function eachLine(stream: Readable, onLine: (line: string) => void): void {
  let rest = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) if (line.trim()) onLine(line)
  })
  stream.on('end', () => {
    if (rest.trim()) onLine(rest)
    rest = ''
  })
}
