const EARTH_RADIUS_M = 6_371_000

export type Point = { latitude: number; longitude: number }

/** Great-circle distance in metres (haversine): plenty for "which library is nearest". */
export function distanceMetres(a: Point, b: Point): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** "350 м", "2,4 км": a distance as a reader reads it. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10}\u00a0м`
  return `${(metres / 1000).toFixed(1).replace('.', ',')}\u00a0км`
}

/** "2,4 км" / "2.4 km": a distance in the reader's language. */
export function formatDistanceIn(locale: 'uk' | 'en', metres: number): string {
  if (locale === 'uk') return formatDistance(metres)
  if (metres < 1000) return `${Math.round(metres / 10) * 10}\u00a0m`
  return `${(metres / 1000).toFixed(1)}\u00a0km`
}
