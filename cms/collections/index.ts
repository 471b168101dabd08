import type { CollectionConfig } from 'payload'

import { Alerts } from './Alerts'
import { Branches } from './Branches'
import { DigitalCollections } from './DigitalCollections'
import { Documents } from './Documents'
import { Events } from './Events'
import { Faq } from './Faq'
import { Files } from './Files'
import { Items } from './Items'
import { Media } from './Media'
import { News } from './News'
import { Pages } from './Pages'
import { ProgrammeTasks } from './ProgrammeTasks'
import { Outbox } from './Outbox'
import { SubmissionViews } from './SubmissionViews'
import { Submissions } from './Submissions'
import { Registrations } from './Registrations'
import { Users } from './Users'

/** Every collection of the CMS, in the admin's order: the config and the label test read this list. */
export const COLLECTIONS: CollectionConfig[] = [
  News,
  Events,
  Documents,
  Pages,
  ProgrammeTasks,
  Branches,
  Alerts,
  DigitalCollections,
  Items,
  Media,
  Files,
  Submissions,
  Faq,
  Outbox,
  SubmissionViews,
  Users,
  Registrations,
]
