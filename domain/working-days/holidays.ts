import { addDays, type IsoDay } from '../opening-hours/schedule'

/**
 * Public holidays of Ukraine (Labour Code art. 73, as of the 2023 changes: Christmas on 25
 * December, Statehood Day 15 July, Defenders' Day 1 October; 8 May Day of Remembrance and
 * Victory). Easter and Trinity follow the Orthodox (Julian) computus, as the Code still names
 * them. Only used when the calendar says public holidays are days off.
 */
const FIXED = ['01-01', '03-08', '05-01', '05-08', '06-28', '07-15', '08-24', '10-01', '12-25']

/** Orthodox Easter Sunday of a year, in the Gregorian calendar (Meeus's Julian algorithm). */
export function orthodoxEaster(year: number): IsoDay {
  const a = year % 4
  const b = year % 7
  const c = year % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const day = ((d + e + 114) % 31) + 1
  // Julian to Gregorian: 13 days in the 20th and 21st centuries.
  const julian = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return addDays(julian, 13)
}

export function isPublicHoliday(day: IsoDay): boolean {
  if (FIXED.includes(day.slice(5))) return true
  const easter = orthodoxEaster(Number(day.slice(0, 4)))
  return day === easter || day === addDays(easter, 49)
}
