import type { Payload } from 'payload'

/**
 * FAQ entries for the site suite (the seed has none: FAQ entries come from real questions):
 * two published in two topics, one draft that must never reach the site.
 */
export const FAQ_FIXTURES = {
  published: [
    {
      question: 'Чи є у вас книжки шрифтом Брайля?',
      answer:
        'Так: у бібліотеці на Чоколівці є полиця книжок шрифтом Брайля.\n\nЗамовити книжку можна в будь-якій бібліотеці мережі.',
      topic: 'finding',
    },
    {
      question: 'Як записатися до бібліотеки?',
      answer: 'Прийдіть із будь-яким документом, що посвідчує особу. Запис безкоштовний.',
      topic: 'services',
    },
  ],
  draft: {
    question: 'Чернетка запитання, якої немає на сайті',
    answer: 'Ця відповідь ще не перевірена.',
    topic: 'other',
  },
} as const

export async function seedFaqFixtures(payload: Payload): Promise<void> {
  const write = { overrideAccess: true, context: { skipPublish: true } } as const
  for (const entry of FAQ_FIXTURES.published)
    await payload.create({
      collection: 'faq',
      data: { ...entry, personalDataRemoved: true, _status: 'published' },
      ...write,
    })
  await payload.create({
    collection: 'faq',
    data: { ...FAQ_FIXTURES.draft, _status: 'draft' },
    draft: true,
    ...write,
  })
}
