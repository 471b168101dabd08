/**
 * The small part of Markdown the editor's guide uses (docs/editors-guide/README.md): headings,
 * paragraphs, lists, images on their own line, and inline bold, code and links. Parsed into
 * plain data that the admin renders as React elements, so nothing in the file becomes raw HTML.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; id: string; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'image'; alt: string; src: string }

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g

/** Bold, code and links inside a line; everything else is text. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) })
    if (match[1] !== undefined) parts.push({ kind: 'strong', text: match[1] })
    else if (match[2] !== undefined) parts.push({ kind: 'code', text: match[2] })
    else parts.push({ kind: 'link', text: match[3]!, href: match[4]! })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) })
  return parts
}

/** An id for a heading, from its words (Cyrillic kept: browsers accept it in fragments). */
const idOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')

const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/
const HEADING = /^(#{1,3})\s+(.*)$/
const ORDERED = /^\d+\.\s+(.*)$/
const BULLET = /^[-*]\s+(.*)$/

/** Splits the guide into blocks; a blank line ends a paragraph or a list. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | undefined
  const flush = () => {
    if (paragraph.length)
      blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) })
    if (list)
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) })
    paragraph = []
    list = undefined
  }
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    const image = IMAGE.exec(line)
    const ordered = ORDERED.exec(line)
    const bullet = BULLET.exec(line)
    if (heading) {
      flush()
      const level = heading[1]!.length as 1 | 2 | 3
      blocks.push({
        type: 'heading',
        level,
        id: idOf(heading[2]!),
        content: parseInline(heading[2]!),
      })
    } else if (image) {
      flush()
      blocks.push({ type: 'image', alt: image[1]!, src: image[2]! })
    } else if (ordered || bullet) {
      const isOrdered = Boolean(ordered)
      if (paragraph.length || (list && list.ordered !== isOrdered)) flush()
      list ??= { ordered: isOrdered, items: [] }
      list.items.push((ordered ?? bullet)![1]!)
    } else if (list && /^\s/.test(raw)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line}`
    } else {
      if (list) flush()
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}
