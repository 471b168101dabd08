/**
 * With JavaScript: the places left for the chosen date, read from the CMS when the page opens,
 * when another date is chosen and after each registration. Without it the form works the same,
 * only without this line.
 */
type Places = { remaining: number; capacity: number; waitingList: boolean }

function describe(places: Places): string {
  if (places.remaining > 0)
    return `Вільних місць на цю дату: ${places.remaining} з ${places.capacity}.`
  return places.waitingList
    ? 'Вільних місць на цю дату немає — можна записатися до списку очікування.'
    : 'Вільних місць на цю дату немає.'
}

async function refresh(section: HTMLElement): Promise<void> {
  const line = section.querySelector<HTMLElement>('[data-places-left]')
  const occurrence = section.querySelector<HTMLInputElement | HTMLSelectElement>(
    '[data-occurrence]',
  )
  if (!line || !occurrence) return
  try {
    const url = new URL(section.dataset.places!)
    url.searchParams.set('event', section.dataset.event!)
    url.searchParams.set('occurrence', occurrence.value)
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) {
      line.hidden = true
      return
    }
    line.textContent = describe((await response.json()) as Places)
    line.hidden = false
  } catch {
    line.hidden = true
  }
}

export function showPlacesLeft(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-registration]')) {
    void refresh(section)
    section
      .querySelector('[data-occurrence]')
      ?.addEventListener('change', () => void refresh(section))
    // The form's own script answers in place; read the count again once it has.
    section
      .querySelector('form')
      ?.addEventListener('public-form:answered', () => void refresh(section))
  }
}
