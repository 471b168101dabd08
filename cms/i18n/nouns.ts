/**
 * The Ukrainian case forms of every name the admin puts into a generated phrase: collections
 * and the rows of array fields. Payload interpolates one nominative label into every phrase
 * («Створення нового {{label}}»); cms/i18n/declinedPhrases.ts builds the phrase from these forms
 * instead («Створення новини», «Нова подія», «Обрати наявного користувача»).
 */
export type Gender = 'm' | 'f' | 'n'

export type Noun = {
  /** The label as the admin shows it (nominative singular, capitalised). */
  one: string
  /** The plural label, when the collection's plural label is not simply `few` capitalised. */
  pluralLabel?: string
  /** Accusative singular, lower case: «Створити новину». */
  acc: string
  /** Genitive singular, lower case: «Створення новини». */
  gen: string
  /** Nominative plural: «3 новини» (also the plural label, capitalised, unless `pluralLabel`). */
  few: string
  /** Genitive plural: «Редагування 5 новин». */
  many: string
  gender: Gender
  /** Animate masculine nouns take the genitive form of adjectives in the accusative. */
  animate?: boolean
}

/** Collections, by their Ukrainian singular label (cms/collections/*: `labels`). */
export const COLLECTION_NOUNS: Noun[] = [
  { one: 'Новина', acc: 'новину', gen: 'новини', few: 'новини', many: 'новин', gender: 'f' },
  { one: 'Подія', acc: 'подію', gen: 'події', few: 'події', many: 'подій', gender: 'f' },
  {
    one: 'Документ',
    acc: 'документ',
    gen: 'документа',
    few: 'документи',
    many: 'документів',
    gender: 'm',
  },
  {
    one: 'Сторінка',
    acc: 'сторінку',
    gen: 'сторінки',
    few: 'сторінки',
    many: 'сторінок',
    gender: 'f',
  },
  {
    one: 'Завдання програми',
    pluralLabel: 'Завдання й пріоритети програми',
    acc: 'завдання програми',
    gen: 'завдання програми',
    few: 'завдання програми',
    many: 'завдань програми',
    gender: 'n',
  },
  {
    one: 'Бібліотека',
    acc: 'бібліотеку',
    gen: 'бібліотеки',
    few: 'бібліотеки',
    many: 'бібліотек',
    gender: 'f',
  },
  {
    one: 'Оголошення',
    acc: 'оголошення',
    gen: 'оголошення',
    few: 'оголошення',
    many: 'оголошень',
    gender: 'n',
  },
  {
    one: 'Цифрова колекція',
    acc: 'цифрову колекцію',
    gen: 'цифрової колекції',
    few: 'цифрові колекції',
    many: 'цифрових колекцій',
    gender: 'f',
  },
  { one: 'Об’єкт', acc: 'об’єкт', gen: 'об’єкта', few: 'об’єкти', many: 'об’єктів', gender: 'm' },
  {
    one: 'Зображення',
    acc: 'зображення',
    gen: 'зображення',
    few: 'зображення',
    many: 'зображень',
    gender: 'n',
  },
  { one: 'Файл', acc: 'файл', gen: 'файлу', few: 'файли', many: 'файлів', gender: 'm' },
  {
    one: 'Звернення',
    acc: 'звернення',
    gen: 'звернення',
    few: 'звернення',
    many: 'звернень',
    gender: 'n',
  },
  {
    one: 'Лист',
    pluralLabel: 'Вихідні листи',
    acc: 'лист',
    gen: 'листа',
    few: 'листи',
    many: 'листів',
    gender: 'm',
  },
  {
    one: 'Перегляд звернення',
    pluralLabel: 'Журнал переглядів звернень',
    acc: 'перегляд звернення',
    gen: 'перегляду звернення',
    few: 'перегляди звернення',
    many: 'переглядів звернення',
    gender: 'm',
  },
  {
    one: 'Користувач',
    acc: 'користувача',
    gen: 'користувача',
    few: 'користувачі',
    many: 'користувачів',
    gender: 'm',
    animate: true,
  },
  {
    one: 'Реєстрація',
    acc: 'реєстрацію',
    gen: 'реєстрації',
    few: 'реєстрації',
    many: 'реєстрацій',
    gender: 'f',
  },
  {
    one: 'Запис FAQ',
    pluralLabel: 'Часті запитання',
    acc: 'запис FAQ',
    gen: 'запису FAQ',
    few: 'записи FAQ',
    many: 'записів FAQ',
    gender: 'm',
  },
]

/** Rows of array fields and blocks («Додати день», «Додати зачинення»). */
export const ROW_NOUNS: Noun[] = [
  { one: 'День', acc: 'день', gen: 'дня', few: 'дні', many: 'днів', gender: 'm' },
  {
    one: 'Особливий день',
    acc: 'особливий день',
    gen: 'особливого дня',
    few: 'особливі дні',
    many: 'особливих днів',
    gender: 'm',
  },
  { one: 'Дата', acc: 'дату', gen: 'дати', few: 'дати', many: 'дат', gender: 'f' },
  { one: 'Зміна', acc: 'зміну', gen: 'зміни', few: 'зміни', many: 'змін', gender: 'f' },
  { one: 'Пункт', acc: 'пункт', gen: 'пункту', few: 'пункти', many: 'пунктів', gender: 'm' },
  { one: 'Галерея', acc: 'галерею', gen: 'галереї', few: 'галереї', many: 'галерей', gender: 'f' },
  {
    one: 'Зачинення',
    acc: 'зачинення',
    gen: 'зачинення',
    few: 'зачинення',
    many: 'зачинень',
    gender: 'n',
  },
  { one: 'Період', acc: 'період', gen: 'періоду', few: 'періоди', many: 'періодів', gender: 'm' },
  {
    one: 'Відповідь',
    acc: 'відповідь',
    gen: 'відповіді',
    few: 'відповіді',
    many: 'відповідей',
    gender: 'f',
  },
]

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The plural label a noun's collection shows («Новини», «Вихідні листи»). */
export const pluralLabelOf = (noun: Noun): string => noun.pluralLabel ?? capitalise(noun.few)

/** The nominative singular in lower case, as it reads inside a phrase. */
export const nominativeOf = (noun: Noun): string =>
  noun.one.charAt(0).toLowerCase() + noun.one.slice(1)

const ALL_NOUNS = [...COLLECTION_NOUNS, ...ROW_NOUNS]

/** The noun whose singular (or, for plural phrases, plural) label is `label`, if we know it. */
export function nounForLabel(label: unknown, plural: boolean): Noun | undefined {
  if (typeof label !== 'string') return undefined
  return ALL_NOUNS.find((noun) => (plural ? pluralLabelOf(noun) : noun.one) === label)
}

export { capitalise }
