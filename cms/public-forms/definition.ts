import type { PayloadRequest } from 'payload'

import type { FieldSpecs, ValuesOf } from './fields'
import type { Acceptance } from './respond'

/** What a form's handler knows about the submission besides its fields. */
export type SubmissionContext = {
  req: PayloadRequest
  /** Whether the browser solved the proof of work (JavaScript on) or not. */
  proof: 'altcha' | 'none'
  /** The client's address, for the form's own limits; never store or log it with the data. */
  address: string
  /** The time the checks used (Date.now() unless a test fixes the clock). */
  now: Date
}

/**
 * One public form: its fields, whether it needs consent to process personal data, and what to
 * do with a submission that passed every check (store it; e-mail only after storing).
 */
export type PublicForm<F extends FieldSpecs = FieldSpecs> = {
  /** The name in its address, a key of PUBLIC_FORMS (domain/public-forms/forms.ts). */
  name: string
  fields: F
  /** A `consent` checkbox is required (every form that takes personal data). */
  consent: boolean
  /** Largest body, when the form needs less (or more) than FORM_LIMITS.maxBodyBytes. */
  maxBodyBytes?: number
  accept(values: ValuesOf<F>, context: SubmissionContext): Promise<Acceptance>
}

/** Typed helper: `definePublicForm({ fields: {...}, accept(values) {...} })` infers `values`. */
export function definePublicForm<F extends FieldSpecs>(form: PublicForm<F>): PublicForm<F> {
  return form
}

/**
 * A refusal a form's handler raises after the common checks (no places left, a closed event):
 * `code` names a static error page of the site (add it to FORM_ERRORS), `message` is shown inline.
 */
export class FormRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 409,
  ) {
    super(message)
  }
}
