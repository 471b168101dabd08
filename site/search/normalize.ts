import { stemmer } from '@orama/stemmers/ukrainian'

/**
 * How a word becomes a search key, the same way at index time and at query time.
 *
 *  1. Spelling: lower case, Unicode NFC, stress marks and invisible characters dropped, every
 *     apostrophe look-alike (’ ' ʼ ` ‘) dropped, ґ folded into г, letters of the Russian layout
 *     that Ukrainian lacks (ы э ё ъ) folded into their Ukrainian neighbours.
 *  2. Script: a word written wholly in Latin letters is read back into Cyrillic by the official
 *     transliteration (Solomianskyi → соломянський); a word mixing the two scripts has its
 *     Latin look-alikes (a, c, e, i, o, p, x, y …) replaced by the Cyrillic letters they imitate.
 *  3. Morphology: the Ukrainian stemmer of @orama/stemmers removes the inflectional ending.
 *  4. Tuning, measured with `npm run bench:search` on the tuning half of its words: the future
 *     and impersonal forms of verbs (читатиметься, виконано) and the -нути verbs' forms read as
 *     the verb; the consonant that alternates before -і (бібліотека/бібліотеці, книга/книзі)
 *     folded; the last syllable's alternating і/о/е (стіл/столу, піч/печі) and fleeting о/е
 *     (день/дня, вікно/вікон) dropped; and a stem shorter than three letters keeps its word
 *     (київ would become «ки») unless it is two consonants left by a fleeting vowel (дн-).
 *  5. Key: the stem written in Latin by the official transliteration table. Latin keys are
 *     compact, and they forgive what a reader typing Latin cannot know (ї or і, й or и).
 *
 * The module has no other dependency, so the browser loads it with the search page only.
 */

const APOSTROPHES = /['’ʼ`´‘ʹ′]/g
const INVISIBLE = /\u00ad|[\u200b-\u200f]|\u2060|\ufeff|\u0301|\u0300/g
const CYRILLIC = /[\u0400-\u04ff]/
const LATIN = /[a-z]/

/** Russian-layout letters a Ukrainian reader may type by mistake. */
const RUSSIAN: Record<string, string> = { ы: 'и', э: 'е', ё: 'йо', ъ: '' }

/** Latin letters that look like Cyrillic ones, for words that mix the two scripts. */
const LOOK_ALIKES: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
}

/** Cyrillic → Latin, official transliteration of 2010 (word-initial forms of є ї й ю я apart). */
const TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
}
const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }

/** Latin → Cyrillic, longest spelling first: the official table read backwards. */
const FROM_LATIN: Array<[string, string]> = [
  ['shch', 'щ'],
  ['zgh', 'зг'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ia', 'я'],
  ['iu', 'ю'],
  ['ie', 'є'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'ґ'],
  ['h', 'г'],
  ['i', 'і'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'и'],
  ['z', 'з'],
]
const FROM_LATIN_INITIAL: Array<[string, string]> = [
  ['ye', 'є'],
  ['yi', 'ї'],
  ['yu', 'ю'],
  ['ya', 'я'],
]
const VOWELS_LATIN = /[aeiouy]/

/** Spelling folds of step 1. */
export function foldSpelling(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, '')
    .replace(/ґ/g, 'г')
    .replace(/[ыэёъ]/g, (letter) => RUSSIAN[letter] ?? letter)
}

/** A Latin spelling read back into Cyrillic by the official transliteration table. */
export function latinToCyrillic(word: string): string {
  let result = ''
  let index = 0
  while (index < word.length) {
    const rest = word.slice(index)
    const initial =
      index === 0 ? FROM_LATIN_INITIAL.find(([latin]) => rest.startsWith(latin)) : undefined
    // -yi at the end of a word (or before a consonant) is the adjective ending -ий.
    if (!initial && rest.startsWith('yi') && index > 0 && !VOWELS_LATIN.test(rest[2] ?? '')) {
      result += 'ий'
      index += 2
      continue
    }
    const pair = initial ?? FROM_LATIN.find(([latin]) => rest.startsWith(latin))
    if (pair) {
      result += pair[1]
      index += pair[0].length
    } else {
      result += rest[0]
      index += 1
    }
  }
  return result
}

/** Cyrillic → Latin by the official table; other characters stay as they are. */
export function cyrillicToLatin(word: string): string {
  let result = ''
  for (let index = 0; index < word.length; index += 1) {
    const letter = word[index]!
    result += (index === 0 ? INITIAL[letter] : undefined) ?? TO_LATIN[letter] ?? letter
  }
  return result
}

/** Consonants that alternate before the -і of the dative and locative (к/ц, г/з, х/с). */
const ALTERNATING: Record<string, string> = { к: 'ц', г: 'з', х: 'с' }

/** Future tense of imperfective verbs (читатиму, читатиметься): the infinitive that carries it. */
const FUTURE = /(ти)(му|меш|меть|ме|мемо|мем|мете|муть)(ся|сь)?$/
/** Impersonal forms of verbs (виконано, заведено, зігріто): the stem that carries them. */
const IMPERSONAL = /(?:[ая]н|[еє]н)о$/
const IMPERSONAL_TO = /([иуі])то$/
/** Dative of nouns in -ій/-ія (бревіарієві): the stemmer leaves -єв. */
const DATIVE_IEV = /([іїаоеу])єві$/
/** Vowels, й and ь that the stemmer leaves at the end of some stems (авіаці-, бажа-, чита-). */
const TRAILING = /[аеєиіїоуюяйь]+$/
/** Verb endings the stemmer leaves on (читаєте, отримайте, проводить, працювала). */
const VERB = /(?:[ая](?:єш|єм|єт|ют|юч|йт|йм)|(?:[аи]л)|(?:ит|иш|им|ьт|ьм))$/
/** What the stemmer leaves of the -нути verbs' forms (бликнути, бликнув, бликнула, бликнеш). */
const NU_VERB = /н(?:ут|ув|ул|еш|ет|ем)$/
/** Nouns of persons in -янин/-анин (киянин): the plural (кияни) has no -ин. */
const ANIN = /([ая]н)ин$/
/** л inserted after a labial in some verb forms (роблю, зроблений, доставляти against робити). */
const EPENTHETIC = /([бвмпф])л$/
/** The last vowel, і or ї, closed by one or two final consonants (вечір, шкіл, робіт, Київ). */
const CLOSED = /([іїо])([бвгґджзклмнпрстфхцчшщ]{1,2})$/
/** A consonant, then о or е, then one final consonant: the vowel comes and goes (день/дня). */
const FLEETING = /([бвгґджзйклмнпрстфхцчшщь])[ое]([бвгґджзклмнпрстфхцчшщ])$/
const VOWEL = /[аеєиіїоуюя]/
const DOUBLED = /([бвгґджзклмнпрстфхцчшщ])\1$/

export const tuning = {
  future: true,
  trailing: true,
  verbs: true,
  alternation: true,
  fleeting: true,
  closed: true,
  si: true,
  double: true,
  impersonal: true,
  dative: true,
  nu: true,
  anin: true,
  epenthetic: true,
  undouble: true,
  minStem: 3,
  /** Body occurrences of one key per page that reach the index (extract.ts); 0: all of them. */
  occurrences: 2,
}
// The bench can try other settings: SEARCH_TUNING="double=true,si=false" (never set in a build).
for (const setting of (globalThis.process?.env?.SEARCH_TUNING ?? '').split(',').filter(Boolean)) {
  const [name, value] = setting.split('=')
  if (name && name in tuning)
    (tuning as Record<string, boolean | number>)[name] =
      value === 'true' ? true : value === 'false' ? false : Number(value)
}

/** One pass of the stemmer, which must not cut -ів/-їв off a short word (архів → арх-). */
function stem1(word: string): string {
  const stem = stemmer(word)
  return stem.length <= 3 && /[іїо]в$/.test(word) ? word : stem
}

/** Replaces `pattern` at the end of `stem` unless fewer than `keep` letters would remain. */
function cutEnd(stem: string, pattern: RegExp, replacement: string, keep: number): string {
  const cut = stem.replace(pattern, replacement)
  return cut.length >= keep ? cut : stem
}

/** Word-level rewrites before the stemmer: forms it does not know as forms of the same word. */
function beforeStemmer(word: string): string {
  let base = tuning.future ? word.replace(FUTURE, '$1') : word
  // -си is a plural after с (конкурси, записи), not the reflexive ending the stemmer takes it for.
  if (tuning.si && base.endsWith('си')) base = `${base.slice(0, -1)}і`
  if (tuning.impersonal && base.length >= 7) {
    base = cutEnd(base, IMPERSONAL, '', 4)
    base = cutEnd(base, IMPERSONAL_TO, '$1ти', 6)
  }
  if (tuning.dative && base.length >= 7) base = base.replace(DATIVE_IEV, '$1й')
  return base
}

/**
 * The stem's last syllable made the same in every form: consonants that alternate at its end
 * folded, the vowel that alternates (і/о/е) or comes and goes (день/дня, вікно/вікон) dropped.
 */
function lastSyllable(stem: string): string {
  let result = stem
  if (tuning.anin) result = cutEnd(result, ANIN, '$1', 4)
  // A doubled consonant at the end (здобиччю, мечеттю) is the instrumental's, not the stem's.
  if (tuning.undouble && result.length >= 4) result = result.replace(DOUBLED, '$1')
  // о and е between a consonant and the final one come and go (день/дня, вікно/вікон,
  // листівка/листівок, мешканець/мешканця); і/о and ї/є alternate in the last syllable (вечір/
  // вечора, шкіл/школа, Київ/Києва), and an і may stand for either (стіл/столу, піч/печі): the
  // fleeting vowel goes first (куріпок → куріпк-), then і becomes о, then that о goes as well.
  const fleeting = (stem: string) => {
    if (!tuning.fleeting) return stem
    const cut = stem.replace(FLEETING, '$1$2')
    return cut.length >= 2 ? cut : stem
  }
  result = fleeting(result)
  // After the fleeting vowel, so that земель → земл- → зем- as земля does.
  if (tuning.epenthetic && result.length >= 4) result = result.replace(EPENTHETIC, '$1')
  const folded = tuning.alternation ? ALTERNATING[result.at(-1)!] : undefined
  if (folded) result = result.slice(0, -1) + folded
  if (tuning.closed && result.length >= 3)
    result = result.replace(
      CLOSED,
      (_, vowel: string, tail: string) => `${vowel === 'ї' ? 'є' : 'о'}${tail}`,
    )
  return fleeting(result)
}

/** Two consonants: a word whose fleeting vowel is gone (дн- of дня, сн- of сну, пс- of пса). */
const isBare = (stem: string) => tuning.fleeting && stem.length === 2 && !VOWEL.test(stem)

/** The stem of one Cyrillic word (already spelling-folded), with the measured tuning applied. */
export function stemWord(word: string): string {
  if (word.length < 3 || !CYRILLIC.test(word)) return word
  const base = beforeStemmer(word)
  let stem = stem1(base)
  // A second pass removes what the first left of a longer ending (програми → прогр-, програма →
  // програм- → прогр-); measured: more recall and better precision.
  if (tuning.double) stem = stem1(stem)
  if (tuning.verbs && stem.length >= 5) {
    const cut = stem.replace(VERB, (ending) => ending[0]!)
    if (cut.length >= tuning.minStem + 1) stem = cut
  }
  if (tuning.nu && stem.length >= 5) stem = cutEnd(stem, NU_VERB, 'н', tuning.minStem + 1)
  if (tuning.trailing) {
    const trimmed = stem.replace(TRAILING, '')
    if (trimmed.length >= tuning.minStem || isBare(trimmed)) stem = trimmed
  }
  if (stem.length < tuning.minStem && !isBare(stem)) {
    const trimmed = word.replace(TRAILING, '')
    stem = isBare(trimmed) ? trimmed : word
  }
  return lastSyllable(stem)
}

/** The script of a spelling-folded word: Latin words are read back, mixed ones repaired. */
export function toCyrillic(word: string): string {
  const hasCyrillic = CYRILLIC.test(word)
  const hasLatin = LATIN.test(word)
  if (hasLatin && !hasCyrillic) return latinToCyrillic(word)
  if (hasLatin && hasCyrillic)
    return word.replace(/[a-z]/g, (letter) => LOOK_ALIKES[letter] ?? letter)
  return word
}

/** Characters that belong to a word; everything else separates words. */
const WORD_PART = /[\p{L}\p{N}]+/gu

/**
 * The key of one whitespace-separated token: its words' keys joined by hyphens (Pagefind indexes
 * each part of a hyphenated key), or '' when the token has no letters or digits.
 */
export function tokenKey(token: string): string {
  let key = knownKeys.get(token)
  if (key === undefined) {
    const parts = foldSpelling(token).match(WORD_PART) ?? []
    key = parts.map((part) => cyrillicToLatin(stemWord(toCyrillic(part)))).join('-')
    if (knownKeys.size >= KNOWN_KEYS_LIMIT) knownKeys.clear()
    knownKeys.set(token, key)
  }
  return key
}

/**
 * Keys already worked out, by token. Words repeat (a few thousand make up most of any text), and
 * stemming was most of the indexing time: 15 s of a 10,000-document build before this cache.
 * Bounded, so a build of any size keeps its memory flat.
 */
const knownKeys = new Map<string, string>()
const KNOWN_KEYS_LIMIT = 500_000

/** Splits text into whitespace-separated tokens, as Pagefind counts word positions. */
export function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

/**
 * Prepositions, conjunctions and particles, spelling-folded. A query leaves them out unless it has
 * nothing else (see searchedWords): such a word is on nearly every page, so as a condition it
 * keeps almost every page a query's other words find and adds almost nothing to a page's score,
 * yet it costs an index chunk of its own (≈20 kB at 10,000 documents, #15). Leaving it out can only
 * add pages, never lose one. The index keeps their keys, so a query of them alone still works.
 */
const FUNCTION_WORDS = new Set(
  (
    'а або але б би бо в від для до же ж з за зі зо із й і лише на над не ні ніж о об од перед ' +
    'по поза понад попри після під при про проте серед та то у через чи що щоб щодо як якщо'
  ).split(' '),
)

/** Whether a query word is a preposition, conjunction or particle (FUNCTION_WORDS). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(toCyrillic(foldSpelling(word)))
}

/**
 * The words of a query that are searched, spelling-folded: its function words left out, unless
 * they are all it has.
 */
export function searchedWords(query: string): string[] {
  const words = foldSpelling(query).match(WORD_PART) ?? []
  const content = words.filter((word) => !isFunctionWord(word))
  return content.length > 0 ? content : words
}

/**
 * The keys of a reader's query, one per searched word (searchedWords), empty words dropped,
 * duplicates removed.
 */
export function queryKeys(query: string, maxWords = 12): string[] {
  const keys: string[] = []
  for (const word of searchedWords(query)) {
    const key = cyrillicToLatin(stemWord(toCyrillic(word)))
    if (key && !keys.includes(key)) keys.push(key)
    if (keys.length >= maxWords) break
  }
  return keys
}
