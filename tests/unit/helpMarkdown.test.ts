import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { repoRoot } from '@cms/config/paths'
import { parseInline, parseMarkdown } from '@cms/help/markdown'

describe('the guide’s Markdown', () => {
  it('reads headings, paragraphs, lists with continued items and images', () => {
    const blocks = parseMarkdown(
      [
        '# Посібник',
        '',
        'Перший рядок',
        'і другий.',
        '',
        '1. Відкрийте **Новини**.',
        '2. Напишіть текст:',
        '   рівень H2.',
        '- пункт',
        '',
        '![Робочий стіл](screens/desk.jpg)',
      ].join('\n'),
    )
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'image',
    ])
    expect(blocks[0]).toMatchObject({ level: 1, id: 'посібник' })
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      content: [{ kind: 'text', text: 'Перший рядок і другий.' }],
    })
    expect(blocks[2]).toMatchObject({ ordered: true })
    expect((blocks[2] as { items: unknown[] }).items[1]).toEqual([
      { kind: 'text', text: 'Напишіть текст: рівень H2.' },
    ])
    expect(blocks[3]).toMatchObject({ ordered: false })
    expect(blocks[4]).toEqual({ type: 'image', alt: 'Робочий стіл', src: 'screens/desk.jpg' })
  })

  it('keeps markup as text: nothing becomes HTML', () => {
    expect(parseInline('<script>alert(1)</script> **жирний** `код` [сайт](https://a.b)')).toEqual([
      { kind: 'text', text: '<script>alert(1)</script> ' },
      { kind: 'strong', text: 'жирний' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'код' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'сайт', href: 'https://a.b' },
    ])
  })

  it('reads the repository’s guide: its sections and a screenshot for each', () => {
    const blocks = parseMarkdown(
      readFileSync(path.join(repoRoot, 'docs', 'editors-guide', 'README.md'), 'utf8'),
    )
    const sections = blocks.filter((block) => block.type === 'heading' && block.level === 2)
    const images = blocks.filter((block) => block.type === 'image')
    expect(sections.length).toBe(9)
    expect(images.map((image) => (image as { src: string }).src)).toEqual([
      'screens/desk.jpg',
      'screens/news-edit.jpg',
      'screens/checklist.jpg',
      'screens/schedule.jpg',
      'screens/event.jpg',
      'screens/branch-status.jpg',
      'screens/document.jpg',
      'screens/import.jpg',
      'screens/publisher.jpg',
    ])
  })
})
