import { describe, expect, it } from 'vitest'

import { liveUrl } from '@cms/desk/liveUrl'
import { rowState } from '@cms/desk/state'
import { scopeOf } from '@cms/desk/work'
import { urls } from '@domain/urls/urls'

describe('live page addresses', () => {
  it('joins the site address and the path the URL builder gives', () => {
    expect(liveUrl('https://biblioteky.example.ua', urls.newsItem('vechir-ihor'))).toBe(
      'https://biblioteky.example.ua/novyny/vechir-ihor/',
    )
    expect(liveUrl('https://biblioteky.example.ua/', urls.branch('tsentralna'))).toBe(
      'https://biblioteky.example.ua/biblioteky/tsentralna/',
    )
  })

  it('keeps a base path of the site address', () => {
    expect(
      liveUrl('https://kyiv.example.ua/solomianka/', urls.item('lystivky', 'SOL-PC-0001')),
    ).toBe('https://kyiv.example.ua/solomianka/kolektsii/lystivky/SOL-PC-0001/')
    expect(liveUrl('http://localhost:4321', urls.home())).toBe('http://localhost:4321/')
  })
})

describe('list badge state', () => {
  it('follows Payload’s display status, which knows drafts of published documents', () => {
    expect(rowState({ _status: 'published' })).toBe('published')
    expect(rowState({ _status: 'draft' })).toBe('draft')
    expect(rowState({ _status: 'draft', _displayStatus: 'changed' })).toBe('changed')
    expect(rowState({})).toBe('draft')
  })
})

describe('what a dashboard covers', () => {
  const editor = { id: 1, role: 'editor' as const }
  const branchEditor = { id: 2, role: 'branch-editor' as const, branch: { id: 7 } }

  it('is everything for editors', () => {
    expect(scopeOf('news', editor)).toEqual({})
    expect(scopeOf('items', editor)).toEqual({})
  })

  it('is their branch’s news and profile for a branch editor, nothing else', () => {
    expect(scopeOf('news', branchEditor)).toEqual({ branches: { in: [7] } })
    expect(scopeOf('branches', branchEditor)).toEqual({ id: { equals: 7 } })
    expect(scopeOf('documents', branchEditor)).toBeNull()
    expect(scopeOf('news', { id: 3, role: 'branch-editor' })).toBeNull()
  })
})
