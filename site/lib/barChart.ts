/**
 * A small grouped bar chart as static SVG, made at build time: no chart library and no script in
 * the browser. It is decoration for sighted readers; the page shows the same numbers in a table
 * beside it, so the SVG is hidden from screen readers.
 */
export type BarSeries = { label: string; colour: string; values: number[] }

const WIDTH = 480
const HEIGHT = 200
const AXIS = 24
const TOP = 12

export function barChartSvg(categories: string[], series: BarSeries[]): string {
  const max = Math.max(1, ...series.flatMap((entry) => entry.values))
  const groupWidth = (WIDTH - 8) / Math.max(1, categories.length)
  const barWidth = Math.max(4, Math.min(32, (groupWidth - 8) / Math.max(1, series.length)))
  const plotHeight = HEIGHT - AXIS - TOP
  const bars = categories.flatMap((category, index) => {
    const groupStart = 4 + index * groupWidth + (groupWidth - barWidth * series.length) / 2
    const rects = series.map((entry, seriesIndex) => {
      const value = entry.values[index] ?? 0
      const height = Math.round((value / max) * plotHeight)
      const x = (groupStart + seriesIndex * barWidth).toFixed(1)
      const y = TOP + plotHeight - height
      return `<rect x="${x}" y="${y}" width="${(barWidth - 2).toFixed(1)}" height="${height}" fill="${entry.colour}"/>`
    })
    const centre = (4 + index * groupWidth + groupWidth / 2).toFixed(1)
    const text = `<text x="${centre}" y="${HEIGHT - 6}" text-anchor="middle">${escapeXml(category)}</text>`
    return [...rects, text]
  })
  const baseline = `<line x1="0" y1="${TOP + plotHeight}" x2="${WIDTH}" y2="${TOP + plotHeight}" stroke="currentColor"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-hidden="true" focusable="false" class="bar-chart" font-size="12" fill="currentColor">${baseline}${bars.join('')}</svg>`
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
}
