import { isSafeUrl } from './isSafeUrl'

type LexicalNode = {
  type?: unknown
  url?: unknown
  fields?: { url?: unknown; linkType?: unknown } | null
  children?: unknown
}

function linkUrl(node: LexicalNode): string | undefined {
  if (typeof node.fields?.url === 'string' && node.fields.linkType !== 'internal')
    return node.fields.url
  if (typeof node.url === 'string') return node.url
  return undefined
}

/** Every link target in a Lexical rich-text value that is unsafe to publish. */
export function findUnsafeLinks(value: unknown): string[] {
  const unsafe: string[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const lexicalNode = node as LexicalNode
    const url = linkUrl(lexicalNode)
    if (url !== undefined && !isSafeUrl(url)) unsafe.push(url)
    if (Array.isArray(lexicalNode.children)) lexicalNode.children.forEach(visit)
  }
  const root = (value as { root?: unknown } | null | undefined)?.root
  visit(root)
  return unsafe
}
