import {
  informationRequestForm,
  pageFeedbackForm,
  partnershipForm,
  questionForm,
} from '../submissions/forms'
import type { PublicForm } from './definition'
import type { FieldSpecs } from './fields'
import { registrationForm } from '../registration/publicForm'

/**
 * The site's public forms, mounted by payload.config.ts at `/api/forms/<name>`. A form is added
 * here and in PUBLIC_FORMS (domain/public-forms/forms.ts); see README.md.
 */
export const PUBLIC_FORM_DEFINITIONS: PublicForm<FieldSpecs>[] = [
  registrationForm,
  questionForm,
  informationRequestForm,
  partnershipForm,
  pageFeedbackForm,
] as PublicForm<FieldSpecs>[]
