/**
 * Validation and error messages of our own hooks, in the admin's two languages.
 * Payload's built-in messages come from its `uk`/`en` translations; these cover our rules.
 */
const messages = {
  slugFormat: {
    uk: 'Адреса (slug) може містити лише малі латинські літери, цифри й дефіси, напр. «novyny-biblioteky».',
    en: 'The slug may contain only lower-case Latin letters, digits and hyphens, e.g. "novyny-biblioteky".',
  },
  slugReserved: {
    uk: 'Адреса «{slug}» зайнята сторінкою сайту. Оберіть іншу.',
    en: 'The slug "{slug}" is used by a page of the site. Choose another.',
  },
  slugReservedEnglish: {
    uk: 'Англійська адреса «{slug}» зайнята розділом англійського сайту (/en/{slug}/). Оберіть іншу.',
    en: 'The English slug "{slug}" is used by a section of the English site (/en/{slug}/). Choose another.',
  },
  slugTaken: {
    uk: 'Адреса «{value}» вже зайнята іншим записом. Змініть її.',
    en: 'The slug "{value}" is already used by another entry. Change it.',
  },
  identifierFormat: {
    uk: 'Ідентифікатор складається з великих латинських літер, цифр і дефісів, напр. «SOL-PH-0001».',
    en: 'The identifier consists of upper-case Latin letters, digits and hyphens, e.g. "SOL-PH-0001".',
  },
  identifierTaken: {
    uk: 'Ідентифікатор «{value}» вже має інший об’єкт. Ідентифікатори мають бути унікальними.',
    en: 'The identifier "{value}" already belongs to another item. Identifiers must be unique.',
  },
  endBeforeStart: {
    uk: 'Дата завершення ({end}) не може бути раніше дати початку ({start}).',
    en: 'The end date ({end}) cannot be before the start date ({start}).',
  },
  endYearBeforeStartYear: {
    uk: 'Кінцевий рік ({end}) не може бути раніше початкового ({start}).',
    en: 'The end year ({end}) cannot be before the start year ({start}).',
  },
  timeFormat: {
    uk: 'Час записується як ГГ:ХХ, напр. 09:30.',
    en: 'Write the time as HH:MM, e.g. 09:30.',
  },
  closesBeforeOpens: {
    uk: 'Час закриття ({closes}) має бути пізніше часу відкриття ({opens}).',
    en: 'Closing time ({closes}) must be after opening time ({opens}).',
  },
  breakOutsideHours: {
    uk: 'Перерва ({from}–{to}) має бути в межах робочого часу ({opens}–{closes}) і закінчуватися пізніше, ніж починається.',
    en: 'The break ({from}–{to}) must lie within opening hours ({opens}–{closes}) and end after it starts.',
  },
  breakIncomplete: {
    uk: 'Вкажіть і початок, і кінець перерви або залиште обидва поля порожніми.',
    en: 'Give both the start and the end of the break, or leave both empty.',
  },
  dayRepeated: {
    uk: 'День «{day}» указано двічі: один рядок на день тижня.',
    en: 'The day "{day}" is given twice: one row per weekday.',
  },
  hoursRequiredWhenOpen: {
    uk: 'Для дня з особливим графіком укажіть час відкриття й закриття або позначте «Зачинено».',
    en: 'For a day with special hours give opening and closing times, or mark it closed.',
  },
  altRequired: {
    uk: 'Додайте альтернативний текст: коротко опишіть, що на зображенні, для людей, які його не бачать.',
    en: 'Add alternative text: briefly describe the image for people who cannot see it.',
  },
  unsafeLink: {
    uk: 'Посилання «{url}» недозволене: використовуйте адреси http(s)://, mailto:, tel: або відносні шляхи.',
    en: 'The link "{url}" is not allowed: use http(s)://, mailto:, tel: or relative paths.',
  },
  branchEditorOutsideBranchEvents: {
    uk: 'Редактор філії може створювати й редагувати лише події своєї бібліотеки: у полі «Бібліотеки» має бути тільки ваша бібліотека.',
    en: 'A branch editor may only create and edit events of their own branch: "Branches" must list only your branch.',
  },
  branchEditorOutsideBranch: {
    uk: 'Редактор філії може створювати й редагувати лише новини своєї бібліотеки: у полі «Бібліотеки» має бути тільки ваша бібліотека.',
    en: 'A branch editor may only create and edit news of their own branch: "Branches" must list only your branch.',
  },
  branchRequiredForBranchEditor: {
    uk: 'Для ролі «Редактор філії» оберіть бібліотеку.',
    en: 'Choose a branch for the "Branch editor" role.',
  },
  uploadTooLarge: {
    uk: 'Файл «{name}» завеликий ({size}). Найбільший дозволений розмір — {limit}.',
    en: 'The file "{name}" is too large ({size}). The largest allowed size is {limit}.',
  },
  uploadTypeNotAllowed: {
    uk: 'Файли типу «{type}» сюди не приймаються. Дозволено: {allowed}.',
    en: 'Files of type "{type}" are not accepted here. Allowed: {allowed}.',
  },
  uploadTypeMismatch: {
    uk: 'Вміст файлу «{name}» не відповідає заявленому типу ({declared}): за вмістом це {detected}. Перевірте файл.',
    en: 'The content of "{name}" does not match its declared type ({declared}): it is {detected}. Check the file.',
  },
  uploadUnrecognized: {
    uk: 'Не вдалося розпізнати вміст файлу «{name}». Можливо, файл пошкоджений. Дозволено: {allowed}.',
    en: 'The content of "{name}" could not be recognised; the file may be damaged. Allowed: {allowed}.',
  },
  uploadScriptable: {
    uk: 'Файли SVG і HTML не приймаються з міркувань безпеки: вони можуть містити скрипти. Збережіть зображення як PNG, JPEG або WebP.',
    en: 'SVG and HTML files are refused for security: they can contain scripts. Save the image as PNG, JPEG or WebP.',
  },
  coordinatesOutOfRange: {
    uk: 'Координата поза межами Києва: перевірте широту (50,2–50,6) і довготу (30,2–30,9).',
    en: 'The coordinate is outside Kyiv: check latitude (50.2–50.6) and longitude (30.2–30.9).',
  },
  unsafeHref: {
    uk: 'Адреса пункту меню має починатися з «/» або «https://».',
    en: 'A menu link must start with "/" or "https://".',
  },
  textRefusedCharacter: {
    uk: 'Текст містить {description} {codePoint} (символ {position}). Приберіть його: такі символи не видно, а текст із ними читається інакше, ніж записаний.',
    en: 'The text contains {description} {codePoint} (character {position}). Remove it: such characters are invisible and make the text read differently from what it stores.',
  },
  rangesOverlap: {
    uk: 'Періоди {first} і {second} перетинаються: один день може мати лише один такий запис.',
    en: 'The periods {first} and {second} overlap: a day may have only one such entry.',
  },
  statusLineTooLong: {
    uk: 'Рядок стану задовгий: {length} символів, найбільше {max}. Довший текст опублікуйте новиною.',
    en: 'The status line is too long: {length} characters, at most {max}. Publish a longer text as news.',
  },
  statusLineMarkup: {
    uk: 'Рядок стану — лише звичайний текст: приберіть HTML-теги та сутності (<…>, &…;).',
    en: 'The status line is plain text only: remove HTML tags and entities (<…>, &…;).',
  },
  alertTextTooLong: {
    uk: 'Текст оголошення задовгий: {length} символів, найбільше {max}. Довший текст опублікуйте новиною.',
    en: 'The alert text is too long: {length} characters, at most {max}. Publish a longer text as news.',
  },
  alertTextMarkup: {
    uk: 'Оголошення — лише звичайний текст: приберіть HTML-теги та сутності (<…>, &…;).',
    en: 'The alert is plain text only: remove HTML tags and entities (<…>, &…;).',
  },
  alertNoEnd: {
    uk: 'Вкажіть, коли оголошення закінчується: без кінця воно висіло б на сайті завжди.',
    en: 'Give the end of the alert: without one it would stay on the site for ever.',
  },
  alertEndBeforeStart: {
    uk: 'Кінець оголошення ({end}) має бути пізніше за початок ({start}).',
    en: 'The end of the alert ({end}) must come after its start ({start}).',
  },
  alertTooLong: {
    uk: 'Оголошення може тривати щонайбільше {days} днів; постійну інформацію розмістіть на сторінці.',
    en: 'An alert may last at most {days} days; put standing information on a page.',
  },
  alertBranchRequired: {
    uk: 'Оберіть бібліотеку, на сторінці якої показати оголошення.',
    en: 'Choose the branch whose page shows the alert.',
  },
  alertNetworkEditorsOnly: {
    uk: 'Оголошення для всієї мережі створюють лише редактори. Оберіть свою бібліотеку.',
    en: 'Only editors create network-wide alerts. Choose your own branch.',
  },
  alertOtherBranch: {
    uk: 'Ви можете створювати оголошення лише для своєї бібліотеки.',
    en: 'You may create alerts for your own branch only.',
  },
  textTooLong: {
    uk: 'Текст задовгий: {length} символів, найбільше {maxLength}.',
    en: 'The text is too long: {length} characters, at most {maxLength}.',
  },
} as const

export type MessageKey = keyof typeof messages
type Language = 'uk' | 'en'

/** Anything that carries the request's admin language (Payload's `req`). */
export type HasLanguage = { i18n?: { language?: string } } | null | undefined

function pickLanguage(req: HasLanguage): Language {
  return req?.i18n?.language === 'en' ? 'en' : 'uk'
}

/** The message for `key` in the request's language, with `{name}` placeholders filled. */
export function message(
  req: HasLanguage,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const template: string = messages[key][pickLanguage(req)]
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  )
}
