import { foldSpelling, toCyrillic } from './normalize'

/**
 * «Можливо, ви мали на увазі …»: a query word of five letters or more that the index does not
 * have is compared with the index's own words, made at build time from the same pages (so it
 * never suggests a word the site does not contain, and never one from a draft).
 *
 * A word one wrong, missing, extra or swapped letter (optimal string alignment distance 1) away
 * keeps two of its first three letters in a place the typo tells (see shardsFor). So the
 * vocabulary is written in shards by pairs of letters, three times: by the first two letters
 * (`p-…`), by the second and third (`q-…`), and by the first and third (`r-…`). A word looks in
 * at most eight shards, each a few hundredth of the vocabulary (a shard by one letter was a
 * twentieth: 112 kB for one typo at 10,000 pages). The shards load only when a word has no match
 * at all, and each lists its words most frequent first with their counts, so the most common
 * candidate wins.
 */

/** The shards' folder inside the Pagefind bundle (no-cache, served like the index). */
export const TYPO_FOLDER = 'slova'
/** Shorter words have too many neighbours at one letter's distance to guess well. */
export const MIN_TYPO_LENGTH = 5

/**
 * Tokens of the pages as written, with how often each occurs. Counting raw tokens is cheap (a
 * page's words repeat); folding each distinct token once, when the shards are made, is what
 * keeps this from costing as much as the indexing itself (seconds at 10,000 pages).
 */
export type Vocabulary = Map<string, number>

/** A shard: words and counts alternating, most frequent first. */
export type Shard = Array<string | number>

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ]*/gu
const CYRILLIC_WORD = /^[а-щьюяіїєґ]+$/

/** The form words are compared in: spelling folded, in Cyrillic. */
export function comparable(word: string): string {
  return toCyrillic(foldSpelling(word))
}

/**
 * Counts the whitespace-separated tokens of `text`, or uncounts them (`sign` -1: the text of a
 * page that changed since the vocabulary was counted); a token counted nowhere is left out.
 */
export function countWords(vocabulary: Vocabulary, text: string, sign: 1 | -1 = 1): void {
  for (const token of text.split(/\s+/)) {
    if (!token) continue
    const count = (vocabulary.get(token) ?? 0) + sign
    if (count > 0) vocabulary.set(token, count)
    else vocabulary.delete(token)
  }
}

/**
 * The words a suggestion could name, by folded form: Cyrillic words of four letters or more
 * (Latin ones, addresses and names, would be read back as odd Cyrillic), written as the pages
 * write them most often (lower case), with their counts.
 */
export function suggestionWords(
  vocabulary: Vocabulary,
): Map<string, { word: string; count: number }> {
  const words = new Map<string, { word: string; count: number; best: number }>()
  for (const [token, count] of vocabulary) {
    for (const raw of token.match(WORD) ?? []) {
      const folded = foldSpelling(raw)
      if (folded.length < MIN_TYPO_LENGTH - 1 || !CYRILLIC_WORD.test(folded)) continue
      const entry = words.get(folded)
      const written = raw.toLowerCase().replace(/['ʼ]/g, '’')
      if (!entry) words.set(folded, { word: written, count, best: count })
      else {
        entry.count += count
        if (count > entry.best) Object.assign(entry, { word: written, best: count })
      }
    }
  }
  return new Map([...words].map(([folded, { word, count }]) => [folded, { word, count }]))
}

/** Which two of a word's first three letters a shard is by. */
type ShardKind = 'p' | 'q' | 'r'
const PAIRS: Record<ShardKind, [number, number]> = { p: [0, 1], q: [1, 2], r: [0, 2] }

/** The file name of a shard: its kind and the two letters' code points, in hex. */
export function shardName(kind: ShardKind, first: string, second: string): string {
  const hex = (letter: string) => letter.codePointAt(0)!.toString(16)
  return `${kind}-${hex(first)}-${hex(second)}.json`
}

/** The shards a word of the vocabulary is written in (it has four letters or more). */
function shardsOf(folded: string): string[] {
  return (Object.entries(PAIRS) as Array<[ShardKind, [number, number]]>).map(([kind, [a, b]]) =>
    shardName(kind, folded[a]!, folded[b]!),
  )
}

/** The shards of a vocabulary, by file name. */
export function vocabularyShards(vocabulary: Vocabulary): Map<string, Shard> {
  const sorted = [...suggestionWords(vocabulary)].sort(
    ([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0),
  )
  const shards = new Map<string, Shard>()
  for (const [folded, { word, count }] of sorted) {
    for (const name of shardsOf(folded)) {
      const shard = shards.get(name) ?? []
      shard.push(word, count)
      shards.set(name, shard)
    }
  }
  return shards
}

/**
 * The shards a word's neighbours at one letter's distance can be in (the word has five letters
 * or more). With w the typed word and c the word meant:
 *  - a change after the second letter, or a missing third one, keeps c's first two: w0w1;
 *  - an extra first letter: c0c1 = w1w2; an extra second one, or the second and third swapped:
 *    c0c1 = w0w2; the first two swapped: c0c1 = w1w0;
 *  - the first letter wrong: c1c2 = w1w2; the first missing: c1c2 = w0w1;
 *  - the second letter wrong: c0c2 = w0w2; the second missing: c0c2 = w0w1.
 */
export function shardsFor(folded: string): string[] {
  const [w0, w1, w2] = [folded[0]!, folded[1]!, folded[2]!]
  return [
    ...new Set([
      shardName('p', w0, w1),
      shardName('p', w1, w2),
      shardName('p', w0, w2),
      shardName('p', w1, w0),
      shardName('q', w1, w2),
      shardName('q', w0, w1),
      shardName('r', w0, w2),
      shardName('r', w0, w1),
    ]),
  ]
}

/**
 * Whether `a` and `b` differ by exactly one wrong, missing, extra or swapped (adjacent) letter.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1
    endB -= 1
  }
  const restA = a.slice(start, endA)
  const restB = b.slice(start, endB)
  if (restA.length <= 1 && restB.length <= 1) return true // one letter wrong, missing or extra
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]
}

/** The most frequent word of the shards one edit away from `folded`, as the pages write it. */
export function bestCandidate(folded: string, shards: Shard[]): string | undefined {
  let best: { word: string; count: number } | undefined
  for (const shard of shards) {
    for (let index = 0; index < shard.length; index += 2) {
      const word = shard[index] as string
      const count = shard[index + 1] as number
      if (best && count <= best.count) break // most frequent first: nothing better follows
      if (oneEditApart(folded, comparable(word))) best = { word, count }
    }
  }
  return best?.word
}
