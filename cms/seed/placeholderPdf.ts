import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'

import { transliterateUkrainian } from '@domain/slugs/transliterate'

/**
 * A one-page PDF standing in for a document's scan in sample content. The standard PDF fonts
 * have no Cyrillic, so the title is written in the official Latin transliteration.
 */
export async function placeholderPdf(title: string): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setLanguage('uk')
  pdf.setCreator('Seed content of the library website (sample)')
  const page = pdf.addPage([595, 842])
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  page.drawText('ZRAZOK / SAMPLE DOCUMENT', {
    x: 56,
    y: 780,
    size: 11,
    font: bold,
    color: rgb(0.6, 0.1, 0.1),
  })
  const words = transliterateUkrainian(title).split(/\s+/)
  let line = ''
  let y = 740
  for (const word of words) {
    const next = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(next, 16) > 480) {
      page.drawText(line, { x: 56, y, size: 16, font: bold })
      y -= 22
      line = word
    } else {
      line = next
    }
  }
  if (line) page.drawText(line, { x: 56, y, size: 16, font: bold })
  page.drawText('This file is sample content generated for a fresh install.', {
    x: 56,
    y: y - 40,
    size: 11,
    font,
  })
  return Buffer.from(await pdf.save())
}
