import { plural } from '../format/plural'
import { pluralIn } from '../format/localeFormat'
import type { ProgrammeTaskKind } from '../vocabularies/programmeTaskKinds'
import type { Locale } from './locales'

/**
 * The public site's own words in each language, one set per page type, so that one layout and
 * one component per page type serve both languages (issue #16). Every key exists in both: a
 * missing English word is a type error, never Ukrainian text under an English page.
 */

export type LayoutWords = {
  home: string
  skipLink: string
  searchSite: string
  searchPlaceholder: string
  searchButton: string
  mainMenu: string
  youAreHere: string
  phone: string
  email: string
  footerMenu: string
  social: string
  rssTitle: string
  newsInRss: string
  programme: string
  openData: string
  contactUs: string
  /** The switcher's text when it leads here from the other language: the same page … */
  switchToThis: string
  /** … or this language's home page, when the page has no version here. */
  switchToThisHome: string
  ogLocale: string
}

export type BranchWords = {
  libraries: string
  contacts: string
  district: string
  onMap: (name: string) => string
  hours: string
  dayOff: string
  breakPrefix: string
  callForHours: string
  specialDays: string
  services: string
  accessibility: string
  photos: string
  events: string
  noEvents: string
  allEvents: string
  eventsCalendar: string
  news: string
  allNews: string
  noNews: string
  /** Where the events and news are when this language has none of its own. */
  elsewhereBefore: string
  elsewhereLink: string
  elsewhereAfter: string
}

export type NewsWords = {
  news: string
  tags: string
  programmeTasks: string
  readMore: string
}

export type CollectionWords = {
  collections: string
  page: (title: string, number: number) => string
  curator: string
  rights: string
  items: string
  itemForms: { uk: { one: string; few: string; many: string }; en: { one: string; other: string } }
  ukrainianOnly: string
  ukrainianPage: string
}

export type ItemWords = {
  notDigitised: string
  scansElsewhereBefore: string
  scansElsewhereLink: string
  about: string
  identifier: string
  type: string
  creator: string
  date: string
  subjects: string
  places: string
  language: string
  format: string
  extent: string
  source: string
  shelfMark: string
  collections: string
  rights: string
  pages: string
  transcription: string
  related: string
  howToCite: string
  accessNote: string
  /** The languages a catalogued item may be in (ISO 639 codes), named in this language. */
  languages: Record<string, string>
}

export type EventWords = {
  events: string
  icsTitle: string
  when: string
  where: string
  online: string
  whoFor: string
  admission: string
  free: string
  paid: string
  language: string
  organiser: string
  partner: string
  accessibility: string
  dates: string
  kyivTime: string
  addAllToCalendar: string
  noUpcoming: string
  pastDates: string
  /** The badges of a date that is not as scheduled. */
  states: { cancelled: string; moved: string; full: string }
  registration: string
  register: string
  /** Where to register when this language's page has no form: the Ukrainian page. */
  registerElsewhereBefore: string
  registerElsewhereLink: string
  programmeTasks: string
  /** The English list: how many events are in Ukrainian only. */
  ukrainianOnly: string
  allEvents: string
  noEvents: string
}

export type ProgrammeWords = {
  title: string
  description: string
  lead: string
  nothingYet: string
  archive: string
  validity: (years: string) => string
  fullText: string
  /** The headings of the lists of a programme's tasks and of its priorities. */
  kindHeadings: Record<ProgrammeTaskKind, string>
  /** "3 проведені події", "3 events held" … */
  eventCount: (count: number) => string
  newsCount: (count: number) => string
  itemCount: (count: number) => string
  inCollections: string
  /** The task's source: the words before and after the link to the programme. */
  sourceBefore: string
  sourceAfter: (kind: ProgrammeTaskKind) => string
  /** A link to the section of the programme's Ukrainian full text, on pages in other languages (none in Ukrainian). */
  ukrainianSection: string
  latestNews: string
  noNews: string
  events: string
  upcoming: string
  held: string
  noEvents: string
  allEvents: (kind: ProgrammeTaskKind) => string
  collections: string
  results: string
  legend: { events: string; news: string; items: string }
  chartSeries: { events: string; news: string; items: string }
  resultsCaption: string
  year: string
  eventsHeld: string
  news: string
  items: string
  total: string
  noResults: string
  byBranch: string
  byBranchCaption: string
  branch: string
  network: string
  countingNote: string
  allTasks: string
  /** On pages in other languages: how many tasks, news and events are in Ukrainian only. */
  ukrainianOnly: string
  /** A title quoted in running text. */
  quoted: (title: string) => string
  ukrainianOnlyTasks: (count: number) => string
  ukrainianOnlyNews: (count: number) => string
  ukrainianOnlyEvents: (count: number) => string
}

/** What rich text says around an editor's words: the labels of a table and of a ticked item. */
export type RichTextWords = {
  table: string
  done: string
}

export type SiteWords = {
  layout: LayoutWords
  richText: RichTextWords
  branch: BranchWords
  news: NewsWords
  event: EventWords
  collection: CollectionWords
  item: ItemWords
  programme: ProgrammeWords
}

const EVENT_FORMS = {
  uk: { one: 'проведена подія', few: 'проведені події', many: 'проведених подій' },
  en: { one: 'event held', other: 'events held' },
}

const NEWS_FORMS = {
  uk: { one: 'новина', few: 'новини', many: 'новин' },
  en: { one: 'news item', other: 'news items' },
}

const ITEM_FORMS = {
  uk: { one: 'об’єкт', few: 'об’єкти', many: 'об’єктів' },
  en: { one: 'item', other: 'items' },
}

export const SITE_WORDS: Record<Locale, SiteWords> = {
  uk: {
    layout: {
      home: 'Головна',
      skipLink: 'Перейти до змісту',
      searchSite: 'Пошук на сайті',
      searchPlaceholder: 'Пошук на сайті',
      searchButton: 'Знайти',
      mainMenu: 'Головне меню',
      youAreHere: 'Ви тут',
      phone: 'Телефон',
      email: 'Пошта',
      footerMenu: 'Про бібліотеки',
      social: 'Ми в соцмережах',
      rssTitle: 'Новини',
      newsInRss: 'Новини в RSS',
      programme: 'Програма в дії',
      openData: 'Відкриті дані',
      contactUs: 'Зверніться до нас',
      switchToThis: 'Українською',
      switchToThisHome: 'Українською: головна сторінка',
      ogLocale: 'uk_UA',
    },
    branch: {
      libraries: 'Бібліотеки',
      contacts: 'Контакти',
      district: 'Місцевість',
      onMap: (name) => `${name} на мапі OpenStreetMap`,
      hours: 'Графік роботи',
      dayOff: 'вихідний',
      breakPrefix: 'перерва',
      callForHours: 'Графік роботи уточнюйте за телефоном.',
      specialDays: 'Особливі дні',
      services: 'Послуги та зручності',
      accessibility: 'Доступність',
      photos: 'Світлини',
      events: 'Події бібліотеки',
      noEvents: 'Найближчі три тижні подій немає.',
      allEvents: 'Усі події бібліотеки',
      eventsCalendar: 'Календар бібліотеки (iCal)',
      news: 'Новини бібліотеки',
      allNews: 'Усі новини бібліотеки',
      noNews: 'Новин поки немає.',
      elsewhereBefore: 'Події та новини бібліотеки — ',
      elsewhereLink: 'на її сторінці',
      elsewhereAfter: '.',
    },
    news: {
      news: 'Новини',
      tags: 'Теги',
      programmeTasks: 'Завдання програми розвитку',
      readMore: 'Читайте також',
    },
    event: {
      events: 'Події',
      icsTitle: 'Усі дати в календар (iCal)',
      when: 'Коли',
      where: 'Де',
      online: 'Онлайн',
      whoFor: 'Для кого',
      admission: 'Вартість',
      free: 'Вхід вільний',
      paid: 'Платно',
      language: 'Мова',
      organiser: 'Організатор',
      partner: 'Партнер',
      accessibility: 'Доступність',
      dates: 'Дати',
      kyivTime: 'Час київський.',
      addAllToCalendar: 'Додати всі дати в календар (.ics)',
      noUpcoming: 'Найближчих дат немає.',
      pastDates: 'Минулих дат за останній рік',
      states: { cancelled: 'Скасовано', moved: 'Перенесено', full: 'Місць немає' },
      registration: 'Реєстрація',
      register: 'Зареєструватися',
      registerElsewhereBefore: 'Зареєструватися можна ',
      registerElsewhereLink: 'на сторінці події',
      programmeTasks: 'Завдання програми розвитку',
      ukrainianOnly: 'лише українською',
      allEvents: 'Усі події',
      noEvents: 'Найближчим часом подій немає.',
    },
    collection: {
      collections: 'Колекції',
      page: (title, number) => `${title}, сторінка ${number}`,
      curator: 'Куратор',
      rights: 'Права',
      items: 'Об’єкти',
      itemForms: ITEM_FORMS,
      ukrainianOnly: 'лише українською',
      ukrainianPage: 'сторінка колекції',
    },
    item: {
      notDigitised: 'Зображення цього об’єкта ще не оцифровано.',
      scansElsewhereBefore: 'Скани цього об’єкта — ',
      scansElsewhereLink: 'на його сторінці',
      about: 'Опис об’єкта',
      identifier: 'Ідентифікатор',
      type: 'Тип',
      creator: 'Автор',
      date: 'Дата',
      subjects: 'Теми',
      places: 'Місця',
      language: 'Мова',
      format: 'Формат',
      extent: 'Обсяг',
      source: 'Джерело',
      shelfMark: 'шифр',
      collections: 'Колекції',
      rights: 'Права',
      pages: 'Сторінок',
      transcription: 'Транскрипція',
      related: 'Пов’язані об’єкти',
      howToCite: 'Як цитувати',
      accessNote: 'Дата звернення — день, коли сторінку зібрано; вкажіть власну.',
      languages: {
        uk: 'українська',
        ru: 'російська',
        pl: 'польська',
        de: 'німецька',
        en: 'англійська',
        yi: 'їдиш',
        zxx: 'без мовного вмісту',
      },
    },
    richText: { table: 'Таблиця', done: 'виконано' },
    programme: {
      title: 'Програма в дії',
      description:
        'Що бібліотеки Солом’янського району роблять для кожного завдання й пріоритету програми розвитку: події, новини, колекції, лічильники за роками й бібліотеками.',
      lead: 'Завдання й пріоритети програми розвитку бібліотек і те, що мережа робить для кожного з них.',
      nothingYet: 'Завдань програми ще не опубліковано.',
      archive: ' (архів)',
      validity: (years) => `Строк дії: ${years}. `,
      fullText: 'Повний текст програми',
      kindHeadings: { task: 'Завдання', priority: 'Пріоритети' },
      eventCount: (count) => pluralIn('uk', count, EVENT_FORMS),
      newsCount: (count) => pluralIn('uk', count, NEWS_FORMS),
      itemCount: (count) => pluralIn('uk', count, ITEM_FORMS),
      inCollections: ' у колекціях',
      sourceBefore: 'З документа ',
      sourceAfter: (kind) =>
        ` (розділ програми, де записано ${kind === 'task' ? 'це завдання' : 'цей пріоритет'}).`,
      ukrainianSection: '',
      latestNews: 'Останні новини',
      noNews: 'Новин про це ще немає.',
      events: 'Події',
      upcoming: 'найближча дата',
      held: 'відбулася',
      noEvents: 'Подій про це ще немає.',
      allEvents: (kind) => `Усі події цього ${kind === 'task' ? 'завдання' : 'пріоритету'}`,
      collections: 'Цифрові колекції',
      results: 'Результати за роками',
      legend: {
        events: 'проведені події',
        news: 'новини',
        items: 'об’єкти, додані до колекцій',
      },
      chartSeries: { events: 'Події', news: 'Новини', items: 'Об’єкти колекцій' },
      resultsCaption: 'Проведені події, новини й об’єкти колекцій за роками',
      year: 'Рік',
      eventsHeld: 'Проведені події',
      news: 'Новини',
      items: 'Об’єкти колекцій',
      total: 'Усього',
      noResults: 'Результатів ще немає.',
      byBranch: 'За бібліотеками',
      byBranchCaption: 'Проведені події, новини й об’єкти колекцій за бібліотеками',
      branch: 'Бібліотека',
      network: 'Уся мережа',
      countingNote:
        'Подія чи новина кількох бібліотек рахується для кожної з них. Подія — кожна її проведена дата, крім скасованих.',
      allTasks: 'Усі завдання й пріоритети програми',
      ukrainianOnly: 'лише українською',
      quoted: (title) => `«${title}»`,
      ukrainianOnlyTasks: (count) =>
        `${plural(count, { one: 'завдання чи пріоритет', few: 'завдання чи пріоритети', many: 'завдань чи пріоритетів' })} лише українською`,
      ukrainianOnlyNews: (count) =>
        `${plural(count, { one: 'новина', few: 'новини', many: 'новин' })} лише українською`,
      ukrainianOnlyEvents: (count) =>
        `${plural(count, { one: 'подія', few: 'події', many: 'подій' })} лише українською`,
    },
  },
  en: {
    layout: {
      home: 'Home',
      skipLink: 'Skip to content',
      searchSite: 'Search the English pages',
      searchPlaceholder: 'Search the English pages',
      searchButton: 'Search',
      mainMenu: 'Main menu',
      youAreHere: 'You are here',
      phone: 'Phone',
      email: 'E-mail',
      footerMenu: 'About the libraries',
      social: 'Social media',
      rssTitle: 'News',
      newsInRss: 'News in RSS',
      programme: 'Programme in action',
      openData: 'Open data',
      contactUs: 'Contact us',
      switchToThis: 'English',
      switchToThisHome: 'English: home page',
      ogLocale: 'en_GB',
    },
    branch: {
      libraries: 'Libraries',
      contacts: 'Contacts',
      district: 'Area',
      onMap: (name) => `${name} on OpenStreetMap`,
      hours: 'Opening hours',
      dayOff: 'closed',
      breakPrefix: 'break',
      callForHours: 'Please call to check the opening hours.',
      specialDays: 'Special days',
      services: 'Services and facilities',
      accessibility: 'Accessibility',
      photos: 'Photos',
      events: 'The library’s events',
      noEvents: 'No events in the next three weeks.',
      allEvents: 'All the library’s events',
      eventsCalendar: 'The library’s calendar (iCal)',
      news: 'The library’s news',
      allNews: 'All the library’s news',
      noNews: 'No news yet.',
      elsewhereBefore: 'The library’s events and news are ',
      elsewhereLink: 'on its Ukrainian page',
      elsewhereAfter: '.',
    },
    news: {
      news: 'News',
      tags: 'Tags',
      programmeTasks: 'Development programme tasks',
      readMore: 'Read also',
    },
    event: {
      events: 'Events',
      icsTitle: 'All dates to your calendar (iCal)',
      when: 'When',
      where: 'Where',
      online: 'Online',
      whoFor: 'Who for',
      admission: 'Admission',
      free: 'Free entry',
      paid: 'Paid',
      language: 'Language',
      organiser: 'Organiser',
      partner: 'Partner',
      accessibility: 'Accessibility',
      dates: 'Dates',
      kyivTime: 'Kyiv time.',
      addAllToCalendar: 'Add all dates to your calendar (.ics)',
      noUpcoming: 'No upcoming dates.',
      pastDates: 'Past dates in the last year',
      states: { cancelled: 'Cancelled', moved: 'Moved', full: 'Fully booked' },
      registration: 'Registration',
      register: 'Register',
      registerElsewhereBefore: 'Registration is on ',
      registerElsewhereLink: 'the event’s Ukrainian page',
      programmeTasks: 'Development programme tasks',
      ukrainianOnly: 'available in Ukrainian only',
      allEvents: 'All events',
      noEvents: 'No upcoming events in English.',
    },
    collection: {
      collections: 'Digital collections',
      page: (title, number) => `${title}, page ${number}`,
      curator: 'Curator',
      rights: 'Rights',
      items: 'Items',
      itemForms: ITEM_FORMS,
      ukrainianOnly: 'available in Ukrainian only',
      ukrainianPage: 'the Ukrainian page of the collection',
    },
    item: {
      notDigitised: 'This item has not been digitised yet.',
      scansElsewhereBefore: 'The scans of this item are on ',
      scansElsewhereLink: 'its Ukrainian page',
      about: 'About the item',
      identifier: 'Identifier',
      type: 'Type',
      creator: 'Creator',
      date: 'Date',
      subjects: 'Subjects',
      places: 'Places',
      language: 'Language',
      format: 'Format',
      extent: 'Extent',
      source: 'Source',
      shelfMark: 'shelf mark',
      collections: 'Collections',
      rights: 'Rights',
      pages: 'Pages',
      transcription: 'Transcription',
      related: 'Related items',
      howToCite: 'How to cite',
      accessNote: 'The access date is the day this page was built; give your own.',
      languages: {
        uk: 'Ukrainian',
        ru: 'Russian',
        pl: 'Polish',
        de: 'German',
        en: 'English',
        yi: 'Yiddish',
        zxx: 'no linguistic content',
      },
    },
    richText: { table: 'Table', done: 'done' },
    programme: {
      title: 'Programme in action',
      description:
        'What the libraries of Solomianskyi district do for each task and priority of their development programme: events, news, collections, and counts by year and by library.',
      lead: 'The tasks and priorities of the libraries’ development programme, and what the network does for each of them.',
      nothingYet: 'No programme tasks have been published in English yet.',
      archive: ' (archive)',
      validity: (years) => `In force: ${years}. `,
      fullText: 'About the programme',
      kindHeadings: { task: 'Tasks', priority: 'Priorities' },
      eventCount: (count) => pluralIn('en', count, EVENT_FORMS),
      newsCount: (count) => pluralIn('en', count, NEWS_FORMS),
      itemCount: (count) => pluralIn('en', count, ITEM_FORMS),
      inCollections: ' in collections',
      sourceBefore: 'From the document ',
      sourceAfter: (kind) => ` (the programme that sets this ${kind}).`,
      ukrainianSection: 'The section of the programme’s full text (in Ukrainian)',
      latestNews: 'Latest news',
      noNews: 'No news about this in English yet.',
      events: 'Events',
      upcoming: 'next date',
      held: 'held',
      noEvents: 'No events about this in English yet.',
      allEvents: (kind) => `All events of this ${kind} (in Ukrainian)`,
      collections: 'Digital collections',
      results: 'Results by year',
      legend: { events: 'events held', news: 'news', items: 'items added to collections' },
      chartSeries: { events: 'Events', news: 'News', items: 'Collection items' },
      resultsCaption: 'Events held, news and collection items by year',
      year: 'Year',
      eventsHeld: 'Events held',
      news: 'News',
      items: 'Collection items',
      total: 'Total',
      noResults: 'No results yet.',
      byBranch: 'By library',
      byBranchCaption: 'Events held, news and collection items by library',
      branch: 'Library',
      network: 'The whole network',
      countingNote:
        'An event or news item of several libraries counts for each of them. An event counts once for each date it was held, cancelled dates left out. The counts include what is in Ukrainian only.',
      allTasks: 'All tasks and priorities of the programme',
      ukrainianOnly: 'the Ukrainian page',
      quoted: (title) => `“${title}”`,
      ukrainianOnlyTasks: (count) =>
        `${count} ${count === 1 ? 'task or priority is' : 'tasks and priorities are'} in Ukrainian only`,
      ukrainianOnlyNews: (count) =>
        `${count} ${count === 1 ? 'news item about this is' : 'news items about this are'} in Ukrainian only`,
      ukrainianOnlyEvents: (count) =>
        `${count} ${count === 1 ? 'event about this is' : 'events about this are'} in Ukrainian only`,
    },
  },
}

/** The site's words in a language. */
export function siteWords(locale: Locale): SiteWords {
  return SITE_WORDS[locale]
}

/**
 * The `lang` attribute for a catalogued or official value (an address, an item's title) on a page
 * in `locale`: such values are Ukrainian, so they are marked only where the page is not.
 */
export function ukrainianRun(locale: Locale): 'uk' | undefined {
  return locale === 'uk' ? undefined : 'uk'
}
