/** One page of a paginated list. */
export type PageOf<T> = { items: T[]; number: number; count: number; total: number }

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(list: readonly T[], size: number): PageOf<T>[] {
  const count = Math.max(1, Math.ceil(list.length / size))
  return Array.from({ length: count }, (_, index) => ({
    items: list.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    total: list.length,
  }))
}

/** The rest parameter for page `number` of a list: undefined for the first page. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `storinka/${number}`
}

/** Page numbers to show around the current one, with gaps as `null`. */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = []
  for (let number = 1; number <= count; number += 1) {
    if (number === 1 || number === count || Math.abs(number - current) <= around) shown.push(number)
    else if (shown[shown.length - 1] !== null) shown.push(null)
  }
  return shown
}

/** The rest parameter for page `number` of an English list (/en/…/page/2/). */
export function englishPageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`
}
