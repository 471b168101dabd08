import { describe, expect, it } from 'vitest'

import {
  faqDraftFrom,
  REMOVED_MARK,
  removeObviousPersonalData,
  type AnsweredQuestion,
} from '@domain/faq/draftFromSubmission'
import { answerParagraphs, faqByTopic, faqMatches, type FaqEntry } from '@domain/faq/publicFaq'
import { closedAtAfter } from '@domain/submissions/closing'

describe('removeObviousPersonalData', () => {
  it('removes e-mail addresses, phone numbers in the usual writings and links', () => {
    const text =
      'Пишіть на olena.k@example.com.ua або дзвоніть +380 (44) 123-45-67, 067 765 43 21, 234-56-78; сторінка https://facebook.com/olena'
    const cleaned = removeObviousPersonalData(text)
    expect(cleaned).not.toMatch(/example|123-45|765|234-56|facebook/)
    expect(cleaned.split(REMOVED_MARK).length - 1).toBe(5)
  })

  it('keeps years, ranges and other numbers a local-history answer needs', () => {
    const text = 'Будинок звели 1910–1912 року, перебудували в 1930-ті; фото № 12345, с. 44.'
    expect(removeObviousPersonalData(text)).toBe(text)
  })

  it('removes each word of the requester’s name as a whole word, in any case', () => {
    const cleaned = removeObviousPersonalData(
      'Добрий день! Я Олена Коваленко, ОЛЕНА з Чоколівки. Олені Коваленку. Оленівка — інше слово.',
      'Олена Коваленко',
    )
    const mark = REMOVED_MARK
    expect(cleaned).toBe(
      `Добрий день! Я ${mark} ${mark}, ${mark} з Чоколівки. ${mark} ${mark}. Оленівка — інше слово.`,
    )
  })
})

describe('faqDraftFrom', () => {
  const answered: AnsweredQuestion = {
    kind: 'question',
    message: 'Чи можна записатися без паспорта? Олена, 050 111 22 33',
    topic: 'services',
    faqConsent: true,
    requesterName: 'Олена',
    replies: [
      { text: 'Перша відповідь' },
      { text: 'Так, з будь-яким документом. Олено, чекаємо!' },
    ],
  }

  it('copies the question and the last reply without the obvious personal data', () => {
    const made = faqDraftFrom(answered)
    expect(made).toEqual({
      ok: true,
      draft: {
        question: `Чи можна записатися без паспорта? ${REMOVED_MARK}, ${REMOVED_MARK}`,
        // The vocative «Олено» goes too.
        answer: `Так, з будь-яким документом. ${REMOVED_MARK}, чекаємо!`,
        topic: 'services',
      },
    })
  })

  it('refuses without consent, without an answer, for other kinds and after erasure', () => {
    const reasons = [
      faqDraftFrom({ ...answered, faqConsent: false }),
      faqDraftFrom({ ...answered, replies: [] }),
      faqDraftFrom({ ...answered, kind: 'information-request' }),
      faqDraftFrom({ ...answered, message: null }),
    ].map((made) => (made.ok ? 'made' : made.reason))
    expect(reasons[0]).toMatch(/не погодився/)
    expect(reasons[1]).toMatch(/надішліть відповідь/)
    expect(reasons[2]).toMatch(/лише із запитання/)
    expect(reasons[3]).toMatch(/вже видалено/)
  })
})

describe('closedAtAfter', () => {
  const now = new Date('2026-12-01T10:00:00Z')
  const earlier = '2026-11-20T09:00:00.000Z'

  it('is set when a submission leaves the open statuses', () => {
    expect(closedAtAfter({ status: 'in-progress' }, 'answered', now)).toBe(now.toISOString())
    expect(closedAtAfter({ status: 'new' }, 'spam', now)).toBe(now.toISOString())
    expect(closedAtAfter({}, 'closed', now)).toBe(now.toISOString())
  })

  it('keeps the first closing when moving between done statuses, clears it when reopened', () => {
    expect(closedAtAfter({ status: 'answered', closedAt: earlier }, 'closed', now)).toBe(earlier)
    expect(closedAtAfter({ status: 'answered', closedAt: earlier }, 'waiting', now)).toBeNull()
    // Done before the field existed: closed from now on, not never.
    expect(closedAtAfter({ status: 'answered', closedAt: null }, 'closed', now)).toBe(
      now.toISOString(),
    )
  })
})

describe('the public FAQ page’s data', () => {
  const entry = (id: string, topic: string, question: string): FaqEntry => ({
    id,
    topic,
    question,
    paragraphs: ['Відповідь.'],
  })

  it('groups by the form’s topics in their order, questions alphabetically, empty topics left out', () => {
    const topics = faqByTopic([
      entry('1', 'services', 'Як записатися?'),
      entry('2', 'finding', 'Чи є книжки шрифтом Брайля?'),
      entry('3', 'services', 'Де отримати читацький квиток?'),
      entry('4', 'retired-topic', 'Старе запитання'),
    ])
    expect(topics.map((topic) => [topic.key, topic.entries.map((each) => each.id)])).toEqual([
      ['finding', ['2']],
      ['services', ['3', '1']],
      ['other', ['4']],
    ])
    expect(topics[0]!.title).toBe('Пошук книжки чи інформації')
  })

  it('splits an answer into paragraphs at empty lines', () => {
    expect(answerParagraphs('Перший рядок\nдругий рядок\n\n  \nНовий абзац.\n')).toEqual([
      'Перший рядок\nдругий рядок',
      'Новий абзац.',
    ])
  })

  it('matches every word of a query in any case and apostrophe', () => {
    const text = 'Чи можна взяти п’єсу «Лісова пісня» шрифтом Брайля?'
    expect(faqMatches(text, 'БРАЙЛЯ лісова')).toBe(true)
    expect(faqMatches(text, "п'єсу")).toBe(true)
    expect(faqMatches(text, 'брайля ноти')).toBe(false)
    expect(faqMatches(text, '  ')).toBe(true)
  })
})
