/**
 * The fixed query set of the search bench. Lemmas that the sample site uses, nouns of every
 * gender and declension (with the к/ц, г/з alternations and fleeting vowels), adjectives and
 * verbs; their inflected forms come from hunspell-uk at run time, never from our own code.
 */
export const LEMMAS = [
  // nouns
  'бібліотека',
  'бібліотекар',
  'газета',
  'громада',
  'документ',
  'заклад',
  'запис',
  'історія',
  'книжка',
  'колекція',
  'листівка',
  'мешканець',
  'організація',
  'програма',
  'родина',
  'світлина',
  'сторінка',
  'вулиця',
  'читач',
  'школа',
  'архів',
  'будинок',
  'допомога',
  'місто',
  'робота',
  'фотографія',
  'частина',
  'виставка',
  'залізниця',
  'зустріч',
  'вечір',
  'літак',
  'марафон',
  'аеродром',
  'конкурс',
  'малюнок',
  'волонтер',
  'працівник',
  "комп'ютер",
  'приміщення',
  'дзвінок',
  // adjectives
  'громадський',
  'український',
  'дитячий',
  'залізничний',
  'краєзнавчий',
  'електронний',
  "солом'янський",
  "дерев'яний",
  'київський',
  'цифровий',
  'читальний',
  'центральний',
  'безоплатний',
  // verbs
  'працювати',
  'проводити',
  'читати',
  'допомагати',
  'отримати',
  'розповідати',
] as const

/**
 * Spelling variants: words of the sample site written as readers type them — with each
 * apostrophe look-alike or none, in capitals, with ґ for г, and in the official Latin
 * transliteration (made by the CMS's own transliteration, domain/slugs/transliterate.ts).
 */
export const VARIANT_WORDS = [
  'Солом’янського',
  'Солом’янка',
  'Дерев’яна',
  'Комп’ютерні',
  'подвір’я',
  'Газета',
  'громади',
  'бібліотеці',
  'Чоколівка',
  'Жуляни',
  'залізничників',
  'аеродромі',
  'Шулявка',
  'Кадетський',
] as const
