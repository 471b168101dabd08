import * as migration_20261125_185843_initial from './20261125_185843_initial'
import * as migration_20261125_192619_publisher from './20261125_192619_publisher'
import * as migration_20261125_224717_publisher_progress from './20261125_224717_publisher_progress'
import * as migration_20261129_131337_publisher_warning from './20261129_131337_publisher_warning'
import * as migration_20261129_135942_programme_tasks from './20261129_135942_programme_tasks'
import * as migration_20261129_141129_branch_status from './20261129_141129_branch_status'
import * as migration_20261129_143445_desk_trail from './20261129_143445_desk_trail'
import * as migration_20261129_161517_events from './20261129_161517_events'
import * as migration_20261129_161827_registrations from './20261129_161827_registrations'
import * as migration_20261129_164606_alerts from './20261129_164606_alerts'
import * as migration_20261129_164955_submissions_inbox from './20261129_164955_submissions_inbox'
import * as migration_20261129_170141_desk_checks_report from './20261129_170141_desk_checks_report'
import * as migration_20261129_190925_localization from './20261129_190925_localization'
import * as migration_20261129_225851_faq_and_closed_at from './20261129_225851_faq_and_closed_at'
import * as migration_20261129_231250_branch_district_media_keep_large from './20261129_231250_branch_district_media_keep_large'
import * as migration_20261130_022230_translation_times from './20261130_022230_translation_times'

export const migrations = [
  {
    up: migration_20261125_185843_initial.up,
    down: migration_20261125_185843_initial.down,
    name: '20261125_185843_initial',
  },
  {
    up: migration_20261125_192619_publisher.up,
    down: migration_20261125_192619_publisher.down,
    name: '20261125_192619_publisher',
  },
  {
    up: migration_20261125_224717_publisher_progress.up,
    down: migration_20261125_224717_publisher_progress.down,
    name: '20261125_224717_publisher_progress',
  },
  {
    up: migration_20261129_131337_publisher_warning.up,
    down: migration_20261129_131337_publisher_warning.down,
    name: '20261129_131337_publisher_warning',
  },
  {
    up: migration_20261129_135942_programme_tasks.up,
    down: migration_20261129_135942_programme_tasks.down,
    name: '20261129_135942_programme_tasks',
  },
  {
    up: migration_20261129_141129_branch_status.up,
    down: migration_20261129_141129_branch_status.down,
    name: '20261129_141129_branch_status',
  },
  {
    up: migration_20261129_143445_desk_trail.up,
    down: migration_20261129_143445_desk_trail.down,
    name: '20261129_143445_desk_trail',
  },
  {
    up: migration_20261129_161517_events.up,
    down: migration_20261129_161517_events.down,
    name: '20261129_161517_events',
  },
  {
    up: migration_20261129_161827_registrations.up,
    down: migration_20261129_161827_registrations.down,
    name: '20261129_161827_registrations',
  },
  {
    up: migration_20261129_164606_alerts.up,
    down: migration_20261129_164606_alerts.down,
    name: '20261129_164606_alerts',
  },
  {
    up: migration_20261129_164955_submissions_inbox.up,
    down: migration_20261129_164955_submissions_inbox.down,
    name: '20261129_164955_submissions_inbox',
  },
  {
    up: migration_20261129_170141_desk_checks_report.up,
    down: migration_20261129_170141_desk_checks_report.down,
    name: '20261129_170141_desk_checks_report',
  },
  {
    up: migration_20261129_190925_localization.up,
    down: migration_20261129_190925_localization.down,
    name: '20261129_190925_localization',
  },
  {
    up: migration_20261129_225851_faq_and_closed_at.up,
    down: migration_20261129_225851_faq_and_closed_at.down,
    name: '20261129_225851_faq_and_closed_at',
  },
  {
    up: migration_20261129_231250_branch_district_media_keep_large.up,
    down: migration_20261129_231250_branch_district_media_keep_large.down,
    name: '20261129_231250_branch_district_media_keep_large',
  },
  {
    up: migration_20261130_022230_translation_times.up,
    down: migration_20261130_022230_translation_times.down,
    name: '20261130_022230_translation_times',
  },
]
