import { QUESTION_TOPICS } from '../vocabularies/questionTopics'

/** A published FAQ entry as the site shows it: plain text, the answer in paragraphs. */
export type FaqEntry = {
  id: string
  question: string
  paragraphs: string[]
  topic: string
}

export type FaqTopic = { key: string; title: string; anchor: string; entries: FaqEntry[] }

/** Paragraphs of a plain-text answer: an empty line starts a new one. */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}

/**
 * The entries by topic, in the order of the question form's topics (unknown topics last, under
 * «Інше»), each topic's questions in Ukrainian alphabetical order; topics without entries left out.
 */
export function faqByTopic(entries: FaqEntry[]): FaqTopic[] {
  const keys = Object.keys(QUESTION_TOPICS) as (keyof typeof QUESTION_TOPICS)[]
  const topicOf = (entry: FaqEntry) =>
    (keys as string[]).includes(entry.topic) ? entry.topic : 'other'
  const collator = new Intl.Collator('uk')
  return keys
    .map((key) => ({
      key,
      title: QUESTION_TOPICS[key].label.uk,
      anchor: `tema-${key}`,
      entries: entries
        .filter((entry) => topicOf(entry) === key)
        .sort((a, b) => collator.compare(a.question, b.question)),
    }))
    .filter((topic) => topic.entries.length > 0)
}

/** Lower case, one kind of apostrophe, no stress marks: what a reader's search compares. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\u0301/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('uk')
    .replace(/[’ʼ`']/g, "'")
    .replace(/\s+/g, ' ')
}

/** Whether an entry's text holds every word of the query (an empty query matches everything). */
export function faqMatches(text: string, query: string): boolean {
  const haystack = searchable(text)
  return searchable(query)
    .split(' ')
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word))
}
