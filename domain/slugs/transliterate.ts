import CyrillicToTranslit from 'cyrillic-to-translit-js'

// The library's `uk` preset follows the official Ukrainian transliteration (Cabinet of Ministers
// resolution No. 55 of 2010): position-dependent є/ї/й/ю/я, "зг" → "zgh", soft sign and apostrophe dropped.
const ukrainian = CyrillicToTranslit({ preset: 'uk' })

/** Apostrophe look-alikes that Ukrainian texts use; the official transliteration drops them all. */
const APOSTROPHES = /['’ʼ`´‘]/g

/** Latin transliteration of Ukrainian text by the official 2010 rules, case preserved. */
export function transliterateUkrainian(text: string): string {
  return ukrainian.transform(text.replace(APOSTROPHES, ''))
}

/** A URL slug for a Ukrainian title: official transliteration, lower case, words joined by hyphens. */
export function slugify(title: string, maxLength = 80): string {
  const latin = transliterateUkrainian(title.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const words = latin.split(/[^a-z0-9]+/).filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  return slug || words[0]?.slice(0, maxLength) || ''
}

/** Whether a string is a well-formed slug: lower-case Latin letters and digits joined by single hyphens. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120
}
