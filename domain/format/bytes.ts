/** A file size for people, in Ukrainian units by default: "1,5 МБ". */
export function formatBytes(bytes: number, language: 'uk' | 'en' = 'uk'): string {
  const units = language === 'uk' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const formatted = new Intl.NumberFormat(language === 'uk' ? 'uk-UA' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
  return `${formatted}\u00a0${units[unit]}`
}
