import { describe, expect, it } from 'vitest'

import { findUnsafeLinks } from '@domain/safe-links/findUnsafeLinks'
import { isSafeUrl } from '@domain/safe-links/isSafeUrl'

describe('isSafeUrl', () => {
  it.each([
    'https://example.org/',
    'http://example.org',
    'mailto:info@example.org',
    'tel:+380440001234',
    '/novyny/',
    '#zmist',
    'dokumenty/',
    '//example.org/x',
  ])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true))
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false))
})

describe('findUnsafeLinks', () => {
  const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
  const link = (url: string, linkType = 'custom') => ({
    type: 'link',
    fields: { url, linkType },
    children: [{ type: 'text', text: 'посилання' }],
  })
  const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

  it('finds unsafe links at any depth, and only those', () => {
    const value = doc(
      paragraph(link('https://example.org')),
      { type: 'list', children: [{ type: 'listitem', children: [link('javascript:alert(1)')] }] },
      paragraph({ type: 'autolink', fields: { url: 'data:text/html,x' }, children: [] }),
    )
    expect(findUnsafeLinks(value)).toEqual(['javascript:alert(1)', 'data:text/html,x'])
  })

  it('ignores internal links, which point at documents rather than URLs', () => {
    expect(findUnsafeLinks(doc(paragraph(link('javascript:x', 'internal'))))).toEqual([])
  })

  it('accepts empty and malformed values without throwing', () => {
    expect(findUnsafeLinks(null)).toEqual([])
    expect(findUnsafeLinks({})).toEqual([])
    expect(findUnsafeLinks({ root: { children: 'nope' } })).toEqual([])
  })
})
