const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Whether a string is a 24-hour time of day, HH:MM. */
export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value)
}

/** Minutes since midnight of an HH:MM time; `undefined` for anything else. */
export function minutesOfDay(value: string | null | undefined): number | undefined {
  const match = value ? TIME_PATTERN.exec(value) : null
  if (!match) return undefined
  return Number(match[1]) * 60 + Number(match[2])
}
