import iconv from 'iconv-lite'

export type SheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251'

export type DecodedSheet = { text: string; encoding: SheetEncoding }

/** A problem with the whole file, told in Ukrainian; nothing is imported. */
export class SheetFileError extends Error {
  override name = 'SheetFileError'
}

const CYRILLIC = /[\u0400-\u04ff]/u
// Characters a Cyrillic text in Windows-1251 may hold besides letters: punctuation, №, quotes.
const OTHER_NON_ASCII =
  /[^\u0020-\u007f\t\n\r\u0400-\u04ff\u00a0-\u00bf«»’–—…№\u2116\u2018-\u201e]/u

/**
 * Decodes a spreadsheet export. UTF-8 (with or without a byte-order mark) and UTF-16 are read as
 * they are; bytes that are not UTF-8 but read as Cyrillic text in Windows-1251 (what Excel on a
 * Ukrainian Windows writes as «CSV») are converted; anything else is refused with advice.
 */
export function decodeSheet(bytes: Uint8Array): DecodedSheet {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not UTF-8: try the Windows Cyrillic code page below.
  }
  const text = iconv.decode(Buffer.from(bytes), 'windows-1251')
  const letters = [...text].filter((char) => char.charCodeAt(0) > 0x7f)
  const cyrillic = letters.filter((char) => CYRILLIC.test(char)).length
  const strange = letters.filter((char) => OTHER_NON_ASCII.test(char)).length
  if (cyrillic > 0 && strange / letters.length < 0.02) return { text, encoding: 'windows-1251' }
  throw new SheetFileError(
    'Не вдалося визначити кодування файлу: це не UTF-8 і не Windows-1251. Збережіть таблицю як «CSV UTF-8 (з розділювачами-комами)» і спробуйте ще раз.',
  )
}
