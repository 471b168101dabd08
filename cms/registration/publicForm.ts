import { definePublicForm, FormRefusal } from '@cms/public-forms/definition'
import { COMMENT_MAX, NAME_MAX, parseRegistrationInput } from '@domain/registration/input'
import { OUTCOME_MESSAGES } from '@domain/registration/messages'
import { refusalCode, resultPath } from '@domain/registration/pages'
import { book } from './book'
import { clock } from './clock'
import { sendBookingLetter } from './mail'

/** Most places any event allows one person (the events' admin caps it at 20). */
const PLACES_MAX = 20

/**
 * Registration for an event's date through the public forms' path (`POST /api/forms/reiestratsiia`):
 * the shared checks (origin, limits, honeypot, fill time, proof of work, normalised text, the
 * contact, consent) run first; then the booking in the occurrence's queue (book.ts), stored
 * before the letter is sent. Refusals name a static error page of the site.
 */
export const registrationForm = definePublicForm({
  name: 'reiestratsiia',
  consent: true,
  fields: {
    event: { type: 'text', label: 'Подія', maxLength: 40, required: true },
    occurrence: { type: 'text', label: 'Дата', maxLength: 40, required: true },
    name: { type: 'text', label: 'Ім’я', maxLength: NAME_MAX, required: true },
    contact: { type: 'contact', label: 'Телефон або e-mail', required: true },
    places: { type: 'integer', label: 'Кількість місць', min: 1, max: PLACES_MAX, required: true },
    comment: { type: 'text', label: 'Коментар', maxLength: COMMENT_MAX, multiline: true },
  },
  async accept(values, { req }) {
    // Our own rules on top of the shared normalisation (no markup in a name, one message set).
    const parsed = parseRegistrationInput(
      {
        name: values.name ?? '',
        contact: values.contact?.value ?? '',
        places: values.places ?? 0,
        comment: values.comment ?? '',
      },
      { requireConsent: false },
    )
    if (!parsed.ok)
      throw new FormRefusal(
        'invalid',
        parsed.problems.map((problem) => problem.message).join(' '),
        422,
      )
    const event = values.event ?? ''
    const eventId = /^\d+$/u.test(event) ? Number(event) : event
    const result = await book(req.payload, {
      eventId,
      occurrence: values.occurrence ?? '',
      input: parsed.value,
      now: clock.now(),
    })
    if (!result.ok) throw new FormRefusal(refusalCode(result.reason), result.message, 409)
    await sendBookingLetter(
      req.payload,
      { id: result.registrationId, ...parsed.value },
      result.status,
      result.occurrence,
    )
    return {
      message: OUTCOME_MESSAGES[result.status],
      reference: String(result.registrationId),
      data: { status: result.status, remaining: result.remaining },
      sentPath: resultPath(result.status),
    }
  },
})
