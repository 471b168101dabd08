/**
 * The bench's words in two halves: a tuning half that rules may be written against, and a
 * held-out test half that they may not. Deterministic (FNV-1a of the word), so every run and
 * every machine splits the same way, and adding a word never moves another.
 */

export type Half = 'tuning' | 'test'

/** FNV-1a, 32 bits, over the word's UTF-16 code units, mixed. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  // Murmur3's finaliser: FNV's low bits follow the input's low bits, and the split uses them.
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** Which half a word belongs to. */
export function halfOf(word: string): Half {
  return fnv1a(word) % 2 === 0 ? 'tuning' : 'test'
}
