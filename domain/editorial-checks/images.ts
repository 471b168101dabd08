import { formatBytes } from '../format/bytes'
import { quote, type Finding } from './findings'

/** What the checks need to know about an image. */
export type MediaFacts = {
  alt?: string | null
  filename?: string | null
  width?: number | null
  height?: number | null
  filesize?: number | null
  /** An editor kept the original large on purpose (media `keepLarge`): no size warning. */
  keepLarge?: boolean | null
}

/** The widest copy the site ever shows (the `large` size of the media collection). */
export const LARGEST_SITE_WIDTH = 1600
/** An original wider than this is «far larger» than any size the site uses. */
export const OVERSIZED_WIDTH = LARGEST_SITE_WIDTH * 2
/** An original heavier than this slows backups and editors' uploads on old computers. */
export const OVERSIZED_BYTES = 8 * 1024 * 1024

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|heic|tiff?|bmp)$/i
/** Names cameras and phones give files: they say nothing about what the picture shows. */
const CAMERA_NAME = /^(img|dsc|dscn|dcim|pxl|photo|image|scan|screenshot|знімок)[\s_-]*\d/i

/** A file name as words: no extension, no case, separators as spaces. */
const asWords = (name: string) =>
  name
    .replace(IMAGE_FILE, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim()

/**
 * Whether an alt text only repeats the file name (or is a file or camera name of any kind):
 * a screen reader would read «IMG_2041.jpg» instead of what the picture shows.
 */
export function altIsFileName(alt: string, filename?: string | null): boolean {
  const text = alt.trim()
  if (IMAGE_FILE.test(text) || CAMERA_NAME.test(text)) return true
  return Boolean(filename) && asWords(text) === asWords(filename!)
}

type Add = (finding: Omit<Finding, 'field'>) => void

/** Checks one image the text or a field shows: it exists, says what it shows, is not huge. */
export function checkImage(id: string | undefined, media: MediaFacts | undefined, add: Add): void {
  if (!id || !media) {
    add({
      severity: 'error',
      code: 'image-missing',
      message:
        'Зображення, якого вже немає в бібліотеці зображень: сайт не зможе зібрати сторінку.',
      fix: 'Вилучіть зображення або виберіть інше.',
    })
    return
  }
  const name = media.filename ? `«${quote(media.filename, 40)}»` : `№ ${id}`
  const alt = (media.alt ?? '').trim()
  if (alt.length < 3) {
    add({
      severity: 'error',
      code: 'image-alt-missing',
      message: `Зображення ${name} не має альтернативного тексту: люди, які не бачать зображення, не дізнаються, що на ньому.`,
      fix: 'Відкрийте зображення в розділі «Зображення» й опишіть, що на ньому, кількома словами.',
    })
  } else if (altIsFileName(alt, media.filename)) {
    add({
      severity: 'error',
      code: 'image-alt-filename',
      message: `Альтернативний текст зображення ${name} — це назва файлу («${quote(alt, 40)}»), а не опис.`,
      fix: 'Відкрийте зображення в розділі «Зображення» й опишіть, що на ньому, напр. «Читачі на відкритті виставки».',
    })
  }
  const width = media.width ?? 0
  const bytes = media.filesize ?? 0
  if (!media.keepLarge && (width > OVERSIZED_WIDTH || bytes > OVERSIZED_BYTES)) {
    const size = [
      width && media.height ? `${width}×${media.height} пікселів` : '',
      bytes ? formatBytes(bytes) : '',
    ]
      .filter(Boolean)
      .join(', ')
    add({
      severity: 'warning',
      code: 'image-oversized',
      message: `Зображення ${name} завелике (${size}): сайт показує щонайбільше ${LARGEST_SITE_WIDTH} пікселів завширшки.`,
      fix: `Сторінку це не зламає: сайт сам зробить менші копії. Якщо це не архівний оригінал, завантажте зменшену копію (до ${OVERSIZED_WIDTH} пікселів); якщо великий оригінал потрібен — відкрийте зображення й позначте «Залишити великим (навмисно)», і перевірка більше про нього не нагадуватиме.`,
    })
  }
}
