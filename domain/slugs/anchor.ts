import { typeset } from '../format/typography'
import { slugify } from './transliterate'

/**
 * The id a heading gets on the site (`#ii-zavdannia`): the slug of its typeset text. The site's
 * rich text renderer anchors headings with it and the seed finds a programme's sections by it,
 * so a link to a section cannot drift from the heading it points to.
 */
export function headingAnchor(text: string): string {
  return slugify(typeset(text).trim(), 60) || 'rozdil'
}
