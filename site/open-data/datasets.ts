import { kyivDay } from '@domain/documents/deriveStatus'
import { planForDay } from '@domain/opening-hours/schedule'
import { absolute, iiifPaths } from '@domain/urls/iiif'
import { DOCUMENT_STATUSES } from '@domain/vocabularies/documentStatuses'
import { rightsCodeFromUri, mayOpenContent } from '@domain/vocabularies/rightsStatements'
import { WEEKDAY_LABELS, WEEKDAYS } from '@domain/vocabularies/weekdays'

import type {
  BranchData,
  CollectionData,
  DocumentData,
  EventData,
  ItemData,
  NewsData,
  ProgrammeTaskData,
  SiteData,
} from '../data/model'
import { kyivYear } from '@domain/format/dates'
import { countForTask } from '../lib/programmeStats'
import { field, type FieldDef, type Row } from './fields'

/** What the data sets are made of: the published content a release build has read. */
export type OpenDataInput = {
  site: SiteData
  branches: BranchData[]
  documents: DocumentData[]
  news: NewsData[]
  collections: CollectionData[]
  items: ItemData[]
  /** Events with their dates; optional so older callers and tests need not pass them. */
  events?: EventData[]
  /** The programmes' tasks and priorities; optional like events. */
  programmeTasks?: ProgrammeTaskData[]
  /** The public address of the site, for absolute links in the data. */
  siteUrl: string
}

export type DatasetFormat = 'csv' | 'json' | 'geojson'

export type Dataset = {
  /** File name without extension and path of the data set's page. */
  name: string
  title: string
  description: string
  formats: DatasetFormat[]
  fields: FieldDef[]
  primaryKey: string
  /** A note on the licence, when it is not simply CC BY 4.0 for everything. */
  licenceNote?: string
  rows: (input: OpenDataInput) => Row[]
}

/** ISO date-time to the second, the form Frictionless and data.gov.ua expect. */
const isoSeconds = (value: string) => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z')
const orNull = <T>(value: T | undefined): T | null => value ?? null
const pageUrl = 'Адреса сторінки на сайті бібліотек.'

const hoursText = (hours: {
  opens: string
  closes: string
  breakFrom?: string | null
  breakTo?: string | null
}) =>
  hours.breakFrom && hours.breakTo
    ? `${hours.opens}-${hours.breakFrom},${hours.breakTo}-${hours.closes}`
    : `${hours.opens}-${hours.closes}`

/** The branch's plan for the build's day in Kyiv: open or closed, hours and the reason. */
function todayOf(branch: BranchData, builtAt: string): Row {
  const day = kyivDay(new Date(builtAt))
  const plan = planForDay(branch.schedule, day)
  const special = 'special' in plan ? plan.special : undefined
  return {
    today_date: day,
    today_open: plan.kind === 'open',
    today_hours: plan.kind === 'open' ? hoursText(plan.hours) : null,
    today_note:
      special?.note ??
      (plan.kind === 'closed'
        ? plan.why === 'sanitary'
          ? 'Санітарний день'
          : plan.why === 'weekly'
            ? 'Вихідний'
            : 'Зачинено'
        : null),
  }
}

export const branchesDataset: Dataset = {
  name: 'biblioteky',
  title: 'Бібліотеки Солом’янського району',
  description:
    'Бібліотеки мережі: назви, адреси, координати, контакти, послуги, звичайний графік роботи й стан на день випуску даних.',
  formats: ['csv', 'json', 'geojson'],
  primaryKey: 'slug',
  fields: [
    field(
      'slug',
      'string',
      'Ідентифікатор',
      'Постійний ідентифікатор бібліотеки (латиницею), частина адреси її сторінки.',
      { required: true },
    ),
    field('name', 'string', 'Назва', 'Повна назва бібліотеки.', { required: true }),
    field('short_name', 'string', 'Коротка назва', 'Коротка назва, як її вживають у списках.'),
    field('kind', 'string', 'Тип (код)', 'Тип бібліотеки: код із переліку типів.', {
      required: true,
    }),
    field('kind_label', 'string', 'Тип', 'Тип бібліотеки українською.'),
    field('street', 'string', 'Вулиця', 'Вулиця чи проспект.', { required: true }),
    field('building', 'string', 'Будинок', 'Номер будинку.', { required: true }),
    field('postcode', 'string', 'Поштовий індекс', 'Поштовий індекс.'),
    field('city', 'string', 'Місто', 'Місто.'),
    field('address', 'string', 'Адреса', 'Адреса одним рядком.'),
    field('latitude', 'number', 'Широта', 'Географічна широта, градуси WGS 84.'),
    field('longitude', 'number', 'Довгота', 'Географічна довгота, градуси WGS 84.'),
    field('phones', 'string', 'Телефони', 'Телефони бібліотеки.', { list: true }),
    field('email', 'string', 'Електронна пошта', 'Службова адреса електронної пошти бібліотеки.', {
      format: 'email',
    }),
    field('services', 'string', 'Послуги', 'Послуги й зручності: коди з переліку послуг.', {
      list: true,
    }),
    field('services_labels', 'string', 'Послуги (назви)', 'Послуги й зручності українською.', {
      list: true,
    }),
    ...WEEKDAYS.map((day) =>
      field(
        `hours_${day}`,
        'string',
        `Години: ${WEEKDAY_LABELS[day].uk.toLowerCase()}`,
        `Звичайні години роботи (${WEEKDAY_LABELS[day].uk.toLowerCase()}) за київським часом: «10:00-19:00», з перервою «10:00-14:00,15:00-19:00»; порожньо — вихідний.`,
      ),
    ),
    field('sanitary_day', 'string', 'Санітарний день', 'Правило санітарного дня, якщо воно є.'),
    field('accessibility_notes', 'string', 'Доступність', 'Примітки про доступність приміщення.'),
    field(
      'today_date',
      'date',
      'День стану',
      'День (за київським часом), на який указано стан: день випуску даних.',
      { required: true },
    ),
    field(
      'today_open',
      'boolean',
      'Працює в цей день',
      'Чи працює бібліотека в цей день з урахуванням святкових і санітарних днів.',
      { required: true },
    ),
    field(
      'today_hours',
      'string',
      'Години в цей день',
      'Години роботи в цей день, якщо бібліотека працює.',
    ),
    field(
      'today_note',
      'string',
      'Примітка до дня',
      'Чому цього дня інший графік або бібліотека зачинена.',
    ),
    field('page_url', 'string', 'Сторінка', pageUrl, { format: 'uri', required: true }),
  ],
  rows: ({ branches, site, siteUrl }) =>
    branches.map((branch) => ({
      slug: branch.slug,
      name: branch.name,
      short_name: branch.shortName,
      kind: branch.kind,
      kind_label: branch.kindLabel,
      street: branch.address.street,
      building: branch.address.building,
      postcode: orNull(branch.address.postcode),
      city: branch.address.city,
      address: branch.address.line,
      latitude: orNull(branch.latitude),
      longitude: orNull(branch.longitude),
      phones: branch.phones.map((phone) => phone.number),
      email: orNull(branch.email),
      services: branch.services.map((service) => service.key),
      services_labels: branch.services.map((service) => service.label),
      ...Object.fromEntries(
        WEEKDAYS.map((day) => {
          const hours = branch.schedule.weekly[day]
          return [`hours_${day}`, hours ? hoursText(hours) : null]
        }),
      ),
      sanitary_day: orNull(branch.sanitaryText),
      accessibility_notes: orNull(branch.accessibilityNotes),
      ...todayOf(branch, site.builtAt),
      page_url: absolute(siteUrl, branch.url),
    })),
}

export const documentsDataset: Dataset = {
  name: 'dokumenty',
  title: 'Реєстр документів',
  description:
    'Програми, положення, накази, плани, звіти й інші документи мережі: реквізити, строк дії, статус і посилання на файли.',
  formats: ['csv', 'json'],
  primaryKey: 'slug',
  fields: [
    field(
      'slug',
      'string',
      'Ідентифікатор',
      'Постійний ідентифікатор документа, частина адреси його сторінки.',
      { required: true },
    ),
    field('title', 'string', 'Назва', 'Назва документа.', { required: true }),
    field('type', 'string', 'Вид (код)', 'Вид документа: код із переліку видів.', {
      required: true,
    }),
    field('type_label', 'string', 'Вид', 'Вид документа українською.'),
    field('number', 'string', 'Номер', 'Реєстраційний номер документа.'),
    field('adopted_on', 'date', 'Дата ухвалення', 'Дата ухвалення чи підписання.'),
    field('issuer', 'string', 'Ким ухвалено', 'Орган чи посадова особа, що ухвалили документ.'),
    field('valid_from', 'date', 'Чинний з', 'Перший день дії.'),
    field('valid_to', 'date', 'Чинний до', 'Останній день дії.'),
    field(
      'status',
      'string',
      'Статус (код)',
      `Статус на день випуску даних, один із кодів: ${Object.keys(DOCUMENT_STATUSES).join(', ')}.`,
      { required: true },
    ),
    field('status_label', 'string', 'Статус', 'Статус українською.'),
    field('summary', 'string', 'Короткий зміст', 'Короткий зміст документа.'),
    field(
      'programme_tasks',
      'string',
      'Завдання програми',
      'Ідентифікатори завдань і пріоритетів програми розвитку, яким служить документ.',
      { list: true },
    ),
    field('attachments', 'string', 'Файли', 'Адреси файлів документа (PDF, DOCX…).', {
      list: true,
    }),
    field('page_url', 'string', 'Сторінка', `${pageUrl} Там же — повний текст.`, {
      format: 'uri',
      required: true,
    }),
  ],
  rows: ({ documents, siteUrl }) =>
    documents.map((doc) => ({
      slug: doc.slug,
      title: doc.title,
      type: doc.type,
      type_label: doc.typeLabel,
      number: orNull(doc.number),
      adopted_on: orNull(doc.adoptedOn?.slice(0, 10)),
      issuer: orNull(doc.issuer),
      valid_from: orNull(doc.validFrom?.slice(0, 10)),
      valid_to: orNull(doc.validTo?.slice(0, 10)),
      status: doc.status,
      status_label: doc.statusLabel,
      summary: orNull(doc.summary),
      programme_tasks: doc.programmeTasks.map((task) => task.slug),
      attachments: doc.attachments.map((file) => absolute(siteUrl, file.href)),
      page_url: absolute(siteUrl, doc.url),
    })),
}

export const newsDataset: Dataset = {
  name: 'novyny',
  title: 'Новини',
  description:
    'Новини й оголошення мережі та її бібліотек: заголовок, дата, рубрика, анонс, бібліотеки й завдання програми.',
  formats: ['json'],
  primaryKey: 'slug',
  fields: [
    field(
      'slug',
      'string',
      'Ідентифікатор',
      'Постійний ідентифікатор новини, частина адреси її сторінки.',
      { required: true },
    ),
    field('title', 'string', 'Заголовок', 'Заголовок новини.', { required: true }),
    field('published_at', 'datetime', 'Опубліковано', 'Дата й час публікації (UTC, ISO 8601).', {
      required: true,
    }),
    field('category', 'string', 'Рубрика (код)', 'Рубрика: код із переліку рубрик.', {
      required: true,
    }),
    field('category_label', 'string', 'Рубрика', 'Рубрика українською.'),
    field('excerpt', 'string', 'Анонс', 'Короткий анонс.'),
    field(
      'branches',
      'string',
      'Бібліотеки',
      'Ідентифікатори бібліотек, яких стосується новина; порожньо — уся мережа.',
      { list: true },
    ),
    field('tags', 'string', 'Теги', 'Теги новини.', { list: true }),
    field(
      'programme_tasks',
      'string',
      'Завдання програми',
      'Ідентифікатори завдань і пріоритетів програми розвитку, яким служить новина.',
      { list: true },
    ),
    field('page_url', 'string', 'Сторінка', `${pageUrl} Там же — повний текст.`, {
      format: 'uri',
      required: true,
    }),
  ],
  rows: ({ news, siteUrl }) =>
    news.map((item) => ({
      slug: item.slug,
      title: item.title,
      published_at: isoSeconds(item.publishedAt),
      category: item.category,
      category_label: item.categoryLabel,
      excerpt: orNull(item.excerpt),
      branches: item.branchSlugs,
      tags: item.tags,
      programme_tasks: item.programmeTasks.map((task) => task.slug),
      page_url: absolute(siteUrl, item.url),
    })),
}

export const itemsDataset: Dataset = {
  name: 'obiekty-kolektsii',
  title: 'Об’єкти цифрових колекцій',
  description:
    'Каталожні описи оцифрованих світлин, листівок, мап, газет, книжок і документів з історії Солом’янки. Для збирання записів є й OAI-PMH.',
  formats: ['csv', 'json'],
  primaryKey: 'identifier',
  licenceNote:
    'Каталожні описи — CC BY 4.0. Зображення й тексти самих об’єктів — лише тоді, коли заява про права (rights_uri) каже, що відомих обмежень авторського права немає (NKC, NoC-US); для решти об’єктів публікуємо тільки опис і сторінку.',
  fields: [
    field('identifier', 'string', 'Шифр', 'Постійний шифр об’єкта (наприклад, SOL-PH-0001).', {
      required: true,
    }),
    field('title', 'string', 'Назва', 'Назва об’єкта.', { required: true }),
    field('collection', 'string', 'Колекція', 'Ідентифікатор головної колекції об’єкта.', {
      required: true,
    }),
    field('collection_title', 'string', 'Назва колекції', 'Назва головної колекції.'),
    field('type', 'string', 'Вид (код)', 'Вид об’єкта: код із переліку (photo, postcard, map…).', {
      required: true,
    }),
    field('type_label', 'string', 'Вид', 'Вид об’єкта українською.'),
    field('dcmi_type', 'string', 'Тип DCMI', 'Тип за словником DCMI Type (Image, Text…).'),
    field('creator', 'string', 'Автор', 'Автор чи творець, якщо відомий.'),
    field(
      'date_written',
      'string',
      'Дата (як записано)',
      'Дата, як її записано в описі: «близько 1910», «1930-ті».',
    ),
    field('start_year', 'integer', 'Рік від', 'Найраніший можливий рік.'),
    field('end_year', 'integer', 'Рік до', 'Найпізніший можливий рік.'),
    field('description', 'string', 'Опис', 'Каталожний опис об’єкта.'),
    field('subjects', 'string', 'Теми', 'Теми.', { list: true }),
    field('places', 'string', 'Місця', 'Місця (теперішні й історичні назви).', { list: true }),
    field('language', 'string', 'Мова', 'Мова.'),
    field('format', 'string', 'Формат', 'Фізичний формат.'),
    field('extent', 'string', 'Обсяг', 'Розмір чи обсяг.'),
    field('holding_branch', 'string', 'Бібліотека-власниця', 'Бібліотека, що зберігає оригінал.'),
    field('shelf_mark', 'string', 'Шифр зберігання', 'Шифр зберігання оригіналу.'),
    field('rights_uri', 'string', 'Права (URI)', 'Заява про права RightsStatements.org.', {
      format: 'uri',
    }),
    field('rights_label', 'string', 'Права', 'Заява про права українською.'),
    field(
      'content_open',
      'boolean',
      'Вміст відкритий',
      'Чи опубліковано зображення й текст самого об’єкта (див. права).',
      { required: true },
    ),
    field(
      'images',
      'string',
      'Зображення',
      'Адреси зображень у повному розмірі; лише коли вміст відкритий.',
      { list: true },
    ),
    field(
      'iiif_manifest',
      'string',
      'Маніфест IIIF',
      'Маніфест IIIF Presentation 3; лише коли вміст відкритий.',
      { format: 'uri' },
    ),
    field('transcription', 'string', 'Транскрипція', 'Текст об’єкта; лише коли вміст відкритий.'),
    field('added_at', 'datetime', 'Додано', 'Коли об’єкт додано до каталогу (UTC, ISO 8601).', {
      required: true,
    }),
    field('page_url', 'string', 'Сторінка', pageUrl, { format: 'uri', required: true }),
  ],
  rows: ({ items, siteUrl }) =>
    items.map((item) => {
      const open = mayOpenContent(item.rights ? rightsCodeFromUri(item.rights.uri) : undefined)
      return {
        identifier: item.identifier,
        title: item.title,
        collection: item.collection.slug,
        collection_title: item.collection.title,
        type: item.type,
        type_label: item.typeLabel,
        dcmi_type: item.dcmiType,
        creator: orNull(item.creator),
        date_written: orNull(item.dateWritten),
        start_year: orNull(item.startYear),
        end_year: orNull(item.endYear),
        description: orNull(item.description),
        subjects: item.subjects.map((subject) => subject.title),
        places: item.places.map((place) => place.title),
        language: orNull(item.language),
        format: orNull(item.format),
        extent: orNull(item.extent),
        holding_branch: orNull(item.source?.branch?.title),
        shelf_mark: orNull(item.source?.shelfMark),
        rights_uri: orNull(item.rights?.uri),
        rights_label: orNull(item.rights?.label),
        content_open: open,
        images: open ? item.pages.map((page) => absolute(siteUrl, page.download)) : [],
        iiif_manifest: open ? absolute(siteUrl, iiifPaths.itemManifest(item.identifier)) : null,
        transcription: open ? orNull(item.transcription) : null,
        added_at: isoSeconds(item.addedAt),
        page_url: absolute(siteUrl, item.url),
      }
    }),
}

/** Every date of every published event in the build's window: no registrations, no personal data. */
export const eventsDataset: Dataset = {
  name: 'podii',
  title: 'Події бібліотек',
  description:
    'Дати подій мережі (клуби, курси, зустрічі, виставки…) за рік до й після дня випуску даних: назва, тип, для кого, місце, початок і кінець за київським часом, стан дати. Без реєстрацій і без персональних даних.',
  formats: ['csv', 'json'],
  primaryKey: 'occurrence_id',
  fields: [
    field(
      'occurrence_id',
      'string',
      'Ідентифікатор дати',
      'Постійний ідентифікатор події й дати: ідентифікатор події, «/», початковий час дати (ISO 8601, UTC).',
      { required: true },
    ),
    field(
      'event',
      'string',
      'Подія (ідентифікатор)',
      'Ідентифікатор події, частина адреси її сторінки.',
      { required: true },
    ),
    field('title', 'string', 'Назва', 'Назва події.', { required: true }),
    field('category', 'string', 'Тип (код)', 'Тип події: код із переліку типів подій.', {
      required: true,
    }),
    field('category_label', 'string', 'Тип', 'Тип події українською.'),
    field('audiences', 'string', 'Для кого (коди)', 'Аудиторії: коди з переліку аудиторій.', {
      list: true,
    }),
    field('branches', 'string', 'Бібліотеки', 'Ідентифікатори бібліотек, де відбувається подія.', {
      list: true,
    }),
    field(
      'place',
      'string',
      'Місце',
      'Місце одним рядком (бібліотека й адреса, інше місце або «Онлайн»).',
    ),
    field('online', 'boolean', 'Онлайн', 'Чи подія відбувається онлайн.', { required: true }),
    field(
      'start',
      'datetime',
      'Початок',
      'Початок дати (ISO 8601, UTC); для виставок — початок першого дня.',
      { required: true },
    ),
    field('end', 'datetime', 'Кінець', 'Кінець дати (ISO 8601, UTC).', { required: true }),
    field(
      'original_start',
      'datetime',
      'Початковий час',
      'Початок дати за розкладом (відрізняється від «Початок», якщо дату перенесено).',
      { required: true },
    ),
    field(
      'state',
      'string',
      'Стан',
      'scheduled — відбудеться, cancelled — скасовано, moved — перенесено, full — місць немає.',
      { required: true },
    ),
    field('note', 'string', 'Примітка', 'Примітка до цієї дати.'),
    field('free', 'boolean', 'Вхід вільний', 'Чи вхід безкоштовний.', { required: true }),
    field('page_url', 'string', 'Сторінка', pageUrl, { format: 'uri', required: true }),
  ],
  rows: ({ events = [], siteUrl }) =>
    events.flatMap((event) =>
      event.occurrences.map((occurrence) => ({
        occurrence_id: `${event.slug}/${occurrence.key}`,
        event: event.slug,
        title: event.title,
        category: event.category,
        category_label: event.categoryLabel,
        audiences: event.audiences,
        branches: event.branchSlugs,
        place: occurrence.place ?? event.placeText,
        online: event.venue === 'online',
        start: isoSeconds(occurrence.start),
        end: isoSeconds(occurrence.end),
        original_start: isoSeconds(occurrence.originalStart),
        state: occurrence.state,
        note: orNull(occurrence.note),
        free: event.free,
        page_url: absolute(siteUrl, event.url),
      })),
    ),
}

/** The years a task's rows cover: from its programme's first year (or its first result) to the build's. */
function taskYears(task: ProgrammeTaskData, resultYears: number[], builtAt: string): number[] {
  const last = Math.max(kyivYear(builtAt), ...resultYears)
  const first = Math.min(
    task.programme.validFrom ? kyivYear(task.programme.validFrom) : last,
    ...resultYears,
  )
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/**
 * The programme in action: every task and priority of every programme with, per year, the event
 * dates held, news published and collection items added that serve it (the counts of its page).
 */
export const programmeTasksDataset: Dataset = {
  name: 'zavdannia-prohramy',
  title: 'Програма в дії: завдання й пріоритети',
  description:
    'Завдання й пріоритети програми розвитку мережі та що зроблено для кожного за роками: проведені події, опубліковані новини, об’єкти, додані до цифрових колекцій. Один рядок — завдання чи пріоритет за один рік, від першого року програми до року випуску даних.',
  formats: ['csv', 'json'],
  primaryKey: 'id',
  fields: [
    field(
      'id',
      'string',
      'Ідентифікатор рядка',
      'Ідентифікатор завдання чи пріоритету, «/» і рік: «zavdannia-1/2025».',
      { required: true },
    ),
    field(
      'programme',
      'string',
      'Програма',
      'Ідентифікатор документа програми (частина адреси його сторінки в реєстрі документів).',
      { required: true },
    ),
    field('programme_title', 'string', 'Назва програми', 'Назва документа програми.'),
    field(
      'task',
      'string',
      'Завдання (ідентифікатор)',
      'Постійний ідентифікатор завдання чи пріоритету, частина адреси його сторінки; його ж містять поля programme_tasks інших наборів.',
      { required: true },
    ),
    field('kind', 'string', 'Вид (код)', 'task — завдання, priority — пріоритет.', {
      required: true,
    }),
    field('kind_label', 'string', 'Вид', 'Завдання чи пріоритет, українською.'),
    field('number', 'integer', 'Номер', 'Номер завдання чи пріоритету в програмі.', {
      required: true,
    }),
    field('title', 'string', 'Назва', 'Назва завдання чи пріоритету.', { required: true }),
    field(
      'year',
      'integer',
      'Рік',
      'Календарний рік (за київським часом), за який наведено кількості.',
      { required: true },
    ),
    field(
      'events_held',
      'integer',
      'Проведені події',
      'Скільки дат подій, що служать завданню, відбулося цього року до дня випуску даних (скасовані не враховано; подія з кількома датами рахується за кожною).',
      { required: true },
    ),
    field(
      'news_published',
      'integer',
      'Новини',
      'Скільки новин про завдання опубліковано цього року.',
      { required: true },
    ),
    field(
      'items_added',
      'integer',
      'Об’єкти колекцій',
      'Скільки об’єктів додано цього року до цифрових колекцій, що служать завданню.',
      { required: true },
    ),
    field(
      'page_url',
      'string',
      'Сторінка',
      `${pageUrl} Там же — графік і кількості за бібліотеками.`,
      {
        format: 'uri',
        required: true,
      },
    ),
    field(
      'section_url',
      'string',
      'Розділ програми',
      'Адреса розділу документа програми, де записано завдання чи пріоритет.',
      { format: 'uri' },
    ),
  ],
  rows: ({ programmeTasks = [], news, collections, items, branches, events = [], site, siteUrl }) =>
    programmeTasks.flatMap((task) => {
      const stats = countForTask(task.slug, { news, collections, items, branches, events })
      const byYear = new Map(stats.years.map((row) => [row.year, row]))
      return taskYears(task, [...byYear.keys()], site.builtAt).map((year) => ({
        id: `${task.slug}/${year}`,
        programme: task.programme.slug,
        programme_title: task.programme.title,
        task: task.slug,
        kind: task.kind,
        kind_label: task.kindLabel,
        number: task.number,
        title: task.title,
        year,
        events_held: byYear.get(year)?.events ?? 0,
        news_published: byYear.get(year)?.news ?? 0,
        items_added: byYear.get(year)?.items ?? 0,
        page_url: absolute(siteUrl, task.url),
        section_url: absolute(siteUrl, task.sectionHref),
      }))
    }),
}

export const DATASETS: Dataset[] = [
  branchesDataset,
  documentsDataset,
  newsDataset,
  itemsDataset,
  eventsDataset,
  programmeTasksDataset,
]
