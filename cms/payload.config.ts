import { en } from '@payloadcms/translations/languages/en'
import { uk } from '@payloadcms/translations/languages/uk'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { COLLECTIONS } from './collections'
import { Users } from './collections/Users'
import { databaseAdapter } from './config/database'
import { emailAdapter } from './config/email'
import { env, resolveSecret } from './config/env'
import { cmsDir } from './config/paths'
import { apiGuardHooks } from './api-guard/plugin'
import { plainTextRules } from './fields/plainText/plugin'
import { contentEditor } from './fields/richText'
import { Publisher } from './publisher/admin/publisherGlobal'
import { withPreviewButton } from './preview/adminPreview'
import { withEditorialTrail } from './desk/trail'
import { withEditorialChecks } from './editorial-checks/plugin'
import { guideScreenEndpoint } from './help/guide'
import { adminLabelTranslations } from './i18n/adminLabels'
import { Site } from './globals/Site'
import { TRANSLATIONS_PATH } from './localization/adminPaths'
import { localization } from './localization/config'
import { withTranslationColumn } from './localization/translationColumn'
import { translationEndpoints } from './localization/translationStatus'
import { InboxSettings } from './globals/InboxSettings'
import { importEndpoints } from './importer/endpoints'
import { oaiEndpoints } from './oai/endpoint'
import { publicFormEndpoints } from './public-forms/endpoint'
import { PUBLIC_FORM_DEFINITIONS } from './public-forms/forms'
import { faqEndpoints } from './submissions/faqEndpoint'
import { personEndpoints } from './submissions/personEndpoints'
import { inboxStatistics } from './submissions/statistics'
import { registrationEndpoints } from './registration/endpoints'
import { withPublishTriggers } from './publisher/triggers'
import { PUBLISH_TASK } from './publisher/queue'
import path from 'node:path'

const ADMIN_DESCRIPTION =
  'Редакція сайту Централізованої бібліотечної системи Солом’янського району Києва.'

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: resolveSecret(env),
  db: databaseAdapter(env),
  email: emailAdapter(env),
  editor: contentEditor,
  sharp,
  // Content in Ukrainian (default) and English (cms/localization).
  localization,
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
    // What a link to the admin shows when shared (Payload's own defaults are in English and name
    // Payload). No generated preview image: Payload 3.90 links one at /api/og, which it does not serve.
    meta: {
      titleSuffix: ' — ЦБС Солом’янського району',
      description: ADMIN_DESCRIPTION,
      openGraph: { siteName: 'ЦБС Солом’янського району', description: ADMIN_DESCRIPTION },
      defaultOGImageType: 'off',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      // The editors' desk above Payload's collection links (cms/desk).
      views: {
        dashboard: { Component: '/desk/DeskView#DeskView' },
        // «Посібник редактора»: docs/editors-guide/README.md in the admin (cms/help).
        help: { Component: '/help/HelpView#HelpView', path: '/dovidka' },
        // What lacks an English version or is out of date (cms/localization, issue #16).
        translations: {
          Component: '/localization/TranslationsView#TranslationsView',
          path: TRANSLATIONS_PATH,
        },
      },
      // The way to «Англійські версії» in the side menu (cms/localization, issue #16).
      afterNavLinks: ['/localization/TranslationsNavLink#TranslationsNavLink'],
      graphics: { Logo: '/components/brand/Logo#Logo', Icon: '/components/brand/Icon#Icon' },
      // Ukrainian phrases with our names declined («Створення новини», «Нова подія»): cms/i18n.
      providers: ['/i18n/DeclinedLabelsProvider#DeclinedLabelsProvider'],
    },
    dateFormat: 'dd.MM.yyyy HH:mm',
    // Initials drawn locally: Gravatar would receive a hash of every editor's e-mail.
    avatar: { Component: '/components/Avatar#Avatar' },
  },
  i18n: {
    supportedLanguages: { uk, en },
    fallbackLanguage: 'uk',
    // Payload's generated phrases («Створення нового {{label}}») do not agree with our labels.
    translations: adminLabelTranslations,
  },
  // Changes to published content queue a new release of the static site.
  ...withPublishTriggers(
    withTranslationColumn(withEditorialChecks(withEditorialTrail(withPreviewButton(COLLECTIONS)))),
    [Site, Publisher, InboxSettings],
  ),
  // OAI-PMH for harvesters at /api/oai (published items only); batch import of items; the
  // site's public forms at /api/forms/<name> (cms/public-forms).
  // Registration for events' dates (cms/registration): its cancel links, places left and the admin's lists.
  endpoints: [
    ...oaiEndpoints,
    ...importEndpoints,
    ...publicFormEndpoints(PUBLIC_FORM_DEFINITIONS),
    ...personEndpoints,
    ...faqEndpoints,
    ...registrationEndpoints,
    guideScreenEndpoint,
    // Which documents have an English version and which are out of date (issue #16).
    ...translationEndpoints,
  ],
  // No control or direction-override characters and a maximum length in every text field;
  // malformed requests (impossible ids, broken bodies) answered with a 4xx (cms/api-guard).
  plugins: [plainTextRules(), apiGuardHooks()],
  // Aggregates the site's build may read (it may not import the CMS, only open its config):
  // counts only, computed here so that no personal data reaches the build (site/data/read).
  custom: { publicStatistics: { inbox: inboxStatistics } },
  cors: [env.CMS_URL, env.SITE_URL],
  csrf: [env.CMS_URL, env.SITE_URL],
  upload: {
    // Requests larger than the limit are cut off while streaming; our upload guard names the limit.
    limits: { fileSize: env.UPLOAD_MAX_MB * 1024 * 1024 + 1 },
    abortOnLimit: true,
    responseOnLimit: `Файл завеликий: найбільший дозволений розмір — ${env.UPLOAD_MAX_MB}\u00a0МБ. Зменште файл і спробуйте ще раз.`,
  },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // Queued jobs (scheduled publishing of news) are run by the publisher process that
    // `npm start` runs beside the CMS (cms/publisher/worker.ts), every few seconds, so they run
    // even when nobody has the admin open; the CMS server itself runs none.
    tasks: [
      {
        // Publish requests are stored as jobs so they survive restarts; the publisher process
        // (cms/publisher/worker.ts) runs them, coalescing a burst into one build.
        slug: PUBLISH_TASK,
        inputSchema: [{ name: 'reasons', type: 'json' }],
        handler: () => {
          throw new Error(
            'Publish requests are run by the publisher process, not by the job runner.',
          )
        },
      },
    ],
  },
})
