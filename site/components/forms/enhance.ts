import 'altcha/external'
import 'altcha/altcha.css'
import 'altcha/i18n/uk'
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker'

/**
 * The public forms with JavaScript: fetch the CMS's proof-of-work challenge and signed start
 * time, let the ALTCHA widget solve it, and send the form as JSON with the answer shown in the
 * form's aria-live line. Every step that fails leaves the plain form working: without a start
 * time and a proof the CMS applies its other checks (cms/public-forms/README.md).
 */

type Answer = { ok: boolean; message: string; reference?: string; fields?: Record<string, string> }
type Widget = HTMLElement & {
  verify?(): Promise<{ payload: string } | null>
}

/** The widget's proof-of-work worker: altcha/external bundles none, so Vite serves ours. */
function registerWorkers(): void {
  globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker())
}

function field(form: HTMLFormElement, name: string): HTMLInputElement | null {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]`)
}

async function prepare(form: HTMLFormElement): Promise<Widget | undefined> {
  try {
    const response = await fetch(form.dataset.challenge!, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) return undefined
    const { challenge, started } = (await response.json()) as {
      challenge: unknown
      started: string
    }
    const widget = document.createElement('altcha-widget') as Widget
    widget.setAttribute('language', 'uk')
    widget.setAttribute('name', 'altcha')
    // As an attribute, before the element is in the page: the widget mounts a moment after it
    // is connected, and until then its methods (configure, verify) do not exist. Configured
    // later, it never solved the challenge and its required checkbox held the form back.
    widget.setAttribute(
      'configuration',
      JSON.stringify({ challenge, auto: 'onload', hideFooter: true }),
    )
    form.querySelector('[data-proof-slot]')?.append(widget)
    const startField = field(form, '_started')
    if (startField) startField.value = started
    return widget
  } catch {
    return undefined
  }
}

/** The form's fields as JSON: repeated names (several checkboxes) become lists. */
function formJson(form: HTMLFormElement): Record<string, string | string[]> {
  const data: Record<string, string | string[]> = {}
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue
    const previous = data[name]
    if (previous === undefined) data[name] = value
    else data[name] = [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  return data
}

function show(
  result: HTMLElement,
  state: 'ok' | 'error' | 'busy',
  text: string,
  details: string[] = [],
) {
  result.dataset.state = state
  result.replaceChildren()
  const line = document.createElement('p')
  line.textContent = text
  result.append(line)
  if (details.length > 0) {
    const list = document.createElement('ul')
    for (const detail of details) {
      const item = document.createElement('li')
      item.textContent = detail
      list.append(item)
    }
    result.append(list)
  }
}

async function submit(form: HTMLFormElement, widget: Widget | undefined, result: HTMLElement) {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (button) button.disabled = true
  show(result, 'busy', 'Надсилаємо…')
  try {
    const proof = field(form, 'altcha')
    if (widget && (!proof || proof.value === '')) {
      const verified = (await widget.verify?.()) ?? null
      if (verified && !field(form, 'altcha')) {
        const input = Object.assign(document.createElement('input'), {
          type: 'hidden',
          name: 'altcha',
        })
        input.value = verified.payload
        form.append(input)
      }
    }
    const response = await fetch(form.action, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(formJson(form)),
    })
    const answer = (await response.json()) as Answer
    // Others on the page may follow the answers (the places left of a registration).
    form.dispatchEvent(new CustomEvent('public-form:answered', { detail: { ok: answer.ok } }))
    if (answer.ok) {
      const reference = answer.reference ? ` Номер звернення: ${answer.reference}.` : ''
      show(result, 'ok', `${answer.message}${reference}`)
      form.reset()
    } else {
      show(result, 'error', answer.message, Object.values(answer.fields ?? {}))
    }
  } catch {
    show(
      result,
      'error',
      'Не вдалося з’єднатися із сервером. Перевірте з’єднання з інтернетом і спробуйте ще раз.',
    )
  } finally {
    if (button) button.disabled = false
    result.focus()
  }
}

/** A proof is good for one submission: after an answer, a new challenge for the next one. */
function renew(form: HTMLFormElement): Promise<Widget | undefined> {
  form.querySelector('[data-proof-slot]')?.replaceChildren()
  form.querySelectorAll('input[name="altcha"]').forEach((input) => input.remove())
  return prepare(form)
}

export function enhancePublicForms(): void {
  registerWorkers()
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-public-form]')) {
    let ready = prepare(form)
    const result = form.querySelector<HTMLElement>('[data-result]')!
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      void ready.then(async (widget) => {
        await submit(form, widget, result)
        ready = renew(form)
      })
    })
  }
}
