import { isSafeUrl } from '../safe-links/isSafeUrl'
import { quote, type Finding } from './findings'
import { checkImage, type MediaFacts } from './images'

/** A link or relationship to another document. */
export type DocRef = { relationTo: string; id: string }

/** What became of a link's target: only a published document with a page makes a live link. */
export type TargetState = 'published' | 'draft' | 'missing' | 'no-page' | 'untranslated'

/** What the checks need to know about the documents and uploads a text points to. */
export type RichTextFacts = {
  target: (ref: DocRef) => TargetState
  media: (id: string) => MediaFacts | undefined
  file: (id: string) => boolean
}

/** Everything a rich-text value points to, to be looked up in one go before checking. */
export type References = { docs: DocRef[]; media: string[]; files: string[] }

type Node = Record<string, unknown>

/**
 * A rich text's nodes are data an editor (or an API client) sent: anything may be missing or of
 * the wrong type, nesting may be deep. Nodes are visited with an explicit stack (no recursion to
 * overflow) and at most this many are read, so a hostile value costs a bounded time.
 */
const MAX_NODES = 50_000

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function childrenOf(node: Node): Node[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** Visits nodes depth-first in document order; stops after MAX_NODES. */
function walk(value: unknown, visit: (node: Node) => void): void {
  const root = isNode(value) && isNode(value.root) ? value.root : undefined
  if (!root) return
  const stack: Node[] = [root]
  let seen = 0
  while (stack.length > 0 && seen < MAX_NODES) {
    const node = stack.pop()!
    seen += 1
    visit(node)
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!)
  }
}

/** The words of a rich-text value (its root), as a reader would see them. */
export function richTextWords(value: unknown): string {
  return isNode(value) && isNode(value.root) ? textOf(value.root) : ''
}

/** The words of a node, as a reader would see them. */
function textOf(node: Node): string {
  const parts: string[] = []
  const stack: Node[] = [node]
  let seen = 0
  while (stack.length > 0 && seen < MAX_NODES) {
    const current = stack.pop()!
    seen += 1
    if (current.type === 'text' && typeof current.text === 'string') parts.push(current.text)
    const children = childrenOf(current)
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!)
  }
  return parts.join('')
}

/** An id as stored (a number or a string) or inside a populated document. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'string' && value.trim() !== '') return value
  if (isNode(value) && 'id' in value && !isNode(value.id)) return idOf(value.id)
  return undefined
}

type LinkFields = { linkType?: unknown; url?: unknown; doc?: unknown }

const linkFields = (node: Node): LinkFields => (isNode(node.fields) ? node.fields : {})

function internalTarget(fields: LinkFields): DocRef | undefined {
  if (!isNode(fields.doc)) return undefined
  const { relationTo, value } = fields.doc
  const id = idOf(value)
  return typeof relationTo === 'string' && id ? { relationTo, id } : undefined
}

const isLink = (node: Node) => node.type === 'link' || node.type === 'autolink'

function galleryImages(node: Node): string[] {
  if (node.type !== 'block' || !isNode(node.fields)) return []
  if (node.fields.blockType !== 'gallery' || !Array.isArray(node.fields.images)) return []
  return node.fields.images.map(idOf).filter((id): id is string => id !== undefined)
}

/** The documents, images and files a rich-text value points to. */
export function referencesOf(value: unknown): References {
  const refs: References = { docs: [], media: [], files: [] }
  walk(value, (node) => {
    if (isLink(node) && linkFields(node).linkType === 'internal') {
      const target = internalTarget(linkFields(node))
      if (target) refs.docs.push(target)
    }
    if (node.type === 'upload') {
      const id = idOf(node.value)
      if (id && node.relationTo === 'files') refs.files.push(id)
      else if (id && node.relationTo === 'media') refs.media.push(id)
    }
    refs.media.push(...galleryImages(node))
  })
  return refs
}

/**
 * Words that say nothing about where a link leads: a screen reader's list of links reads them
 * out of context, and so does anyone skimming. Compared without case, quotes or punctuation.
 */
const VAGUE_LINK_TEXTS = new Set([
  'тут',
  'сюди',
  'ось тут',
  'за посиланням',
  'за цим посиланням',
  'посилання',
  'це посилання',
  'перейти',
  'перейдіть',
  'перейти за посиланням',
  'клацніть тут',
  'натисніть тут',
  'натисніть',
  'тисніть тут',
  'детальніше',
  'докладніше',
  'більше',
  'читати далі',
  'читати більше',
  'дивіться тут',
  'here',
  'click here',
  'link',
  'more',
  'read more',
])

const normalizeLinkText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[«»"'’„“”.,:;!?()[\]…—–-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

export const isVagueLinkText = (text: string) => VAGUE_LINK_TEXTS.has(normalizeLinkText(text))

const TARGET_PROBLEM: Record<Exclude<TargetState, 'published'>, string> = {
  draft: 'веде на чернетку: на сайті її немає, тож посилання зникне',
  missing: 'веде на запис, якого вже немає (його вилучено): на сайті посилання зникне',
  'no-page': 'веде на запис, що не має сторінки на сайті: посилання зникне',
  untranslated:
    'веде на сторінку, що існує лише англійською (без української версії): на українському сайті посилання зникне',
}

/** The heading's level as the site shows it: the page title is the only h1, text starts at h2. */
function headingLevel(node: Node): { written: number; shown: number } {
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
  const written = match ? Number(match[1]) : 2
  return { written, shown: Math.max(2, written) }
}

/**
 * Checks one rich-text field: links (broken, to drafts, empty, vague, plain http), headings
 * (empty, skipped levels, a second h1), images (alt text, file size), files and galleries.
 * `facts` answers what the referenced documents and uploads are (see referencesOf).
 */
export function checkRichText(value: unknown, field: string, facts: RichTextFacts): Finding[] {
  const findings: Finding[] = []
  const add = (finding: Omit<Finding, 'field'>) => findings.push({ ...finding, field })
  // The page's title is the h1: the first heading in the text should be h2.
  let previousLevel = 1
  walk(value, (node) => {
    if (isLink(node)) checkLink(node, facts, add)
    if (node.type === 'heading') {
      const text = textOf(node).trim()
      const { written, shown } = headingLevel(node)
      if (text === '') {
        add({
          severity: 'error',
          code: 'heading-empty',
          message: `Порожній заголовок (H${written}): на сайті він стане порожнім місцем у змісті сторінки.`,
          fix: 'Напишіть текст заголовка або вилучіть його.',
        })
        return
      }
      if (written === 1) {
        add({
          severity: 'warning',
          code: 'heading-h1',
          message: `Заголовок «${quote(text)}» має рівень H1, а H1 на сторінці — це її назва.`,
          fix: 'Оберіть для заголовків у тексті рівні H2 (розділ) і H3 (підрозділ).',
        })
      } else if (shown > previousLevel + 1) {
        add({
          severity: 'warning',
          code: 'heading-skip',
          message: `Заголовок «${quote(text)}» має рівень H${written} одразу після H${previousLevel}: рівень пропущено, і читачі екрана загублять структуру.`,
          fix: `Змініть рівень на H${previousLevel + 1} або додайте вище заголовок H${previousLevel + 1}.`,
        })
      }
      previousLevel = shown
    }
    if (node.type === 'upload') checkUpload(node, facts, add)
    if (node.type === 'block' && isNode(node.fields) && node.fields.blockType === 'gallery') {
      const images = galleryImages(node)
      if (images.length === 0)
        add({
          severity: 'error',
          code: 'gallery-empty',
          message: 'Галерея без жодного зображення: сайт не зможе її показати.',
          fix: 'Додайте до галереї зображення або вилучіть її.',
        })
      for (const id of images) checkImage(id, facts.media(id), add)
    }
  })
  return findings
}

type Add = (finding: Omit<Finding, 'field'>) => void

function checkLink(node: Node, facts: RichTextFacts, add: Add): void {
  const text = textOf(node)
  const fields = linkFields(node)
  const url = typeof fields.url === 'string' ? fields.url.trim() : undefined
  const shown = text.trim() ? `«${quote(text)}»` : '(без тексту)'
  if (text.trim() === '') {
    add({
      severity: 'error',
      code: 'link-empty',
      message: `Посилання без тексту${url ? ` (${quote(url)})` : ''}: на сайті його не видно, а читач екрана прочитає лише адресу.`,
      fix: 'Виділіть посилання й напишіть слова, що кажуть, куди воно веде, або вилучіть його.',
    })
  } else if (isVagueLinkText(text)) {
    add({
      severity: 'warning',
      code: 'link-vague',
      message: `Текст посилання ${shown} не каже, куди воно веде: у переліку посилань (так ними користуються читачі екрана) він нічого не означатиме.`,
      fix: 'Зробіть посиланням слова, що називають ціль, напр. «розклад бібліотеки» замість «тут».',
    })
  }
  if (node.type === 'link' && fields.linkType === 'internal') {
    const target = internalTarget(fields)
    const state: TargetState = target ? facts.target(target) : 'missing'
    if (state !== 'published')
      add({
        severity: 'error',
        code: `link-${state}`,
        message: `Посилання ${shown} ${TARGET_PROBLEM[state]}.`,
        fix:
          state === 'draft'
            ? 'Спершу опублікуйте сторінку, на яку веде посилання, або виберіть іншу ціль чи вилучіть посилання.'
            : state === 'untranslated'
              ? 'Спершу напишіть українську версію тієї сторінки, або виберіть іншу ціль чи вилучіть посилання.'
              : 'Виберіть у посиланні іншу ціль або вилучіть посилання.',
      })
    return
  }
  if (url === undefined || url === '') {
    if (text.trim())
      add({
        severity: 'error',
        code: 'link-no-url',
        message: `Посилання ${shown} не має адреси.`,
        fix: 'Відкрийте посилання й укажіть адресу або виберіть сторінку сайту.',
      })
    return
  }
  if (!isSafeUrl(url)) return // refused by the field's own validation, with its message
  if (/^http:\/\//i.test(url))
    add({
      severity: 'warning',
      code: 'link-http',
      message: `Посилання ${shown} веде на незахищену адресу http:// (${quote(url)}): браузери попереджають про такі сайти.`,
      fix: 'Перевірте, чи відкривається та сама сторінка за https://, і виправте адресу.',
    })
}

function checkUpload(node: Node, facts: RichTextFacts, add: Add): void {
  const id = idOf(node.value)
  if (node.relationTo === 'files') {
    if (!id || !facts.file(id))
      add({
        severity: 'error',
        code: 'file-missing',
        message: 'Посилання на файл, якого вже немає: сайт не зможе зібрати сторінку.',
        fix: 'Вилучіть цей файл із тексту або виберіть інший.',
      })
    return
  }
  if (node.relationTo === 'media') checkImage(id, id ? facts.media(id) : undefined, add)
}
