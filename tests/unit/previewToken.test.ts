import { describe, expect, it } from 'vitest'

import { createPreviewToken, readPreviewToken } from '@cms/preview/token'

const secret = 'a'.repeat(64)
const grant = { key: 'news-12-abcdef123456', path: '/novyny/vechir/', expires: Date.now() + 60_000 }

describe('preview tokens', () => {
  it('carry their grant when signed with the secret', () => {
    expect(readPreviewToken(createPreviewToken(grant, secret), secret)).toEqual(grant)
  })

  it('are refused when forged, tampered with, expired or malformed', () => {
    const token = createPreviewToken(grant, secret)
    expect(readPreviewToken(token, 'b'.repeat(64))).toBeUndefined()
    const [payload, signature] = token.split('.')
    const tampered = Buffer.from(
      JSON.stringify({ ...grant, key: 'news-13-abcdef123456' }),
    ).toString('base64url')
    expect(readPreviewToken(`${tampered}.${signature}`, secret)).toBeUndefined()
    expect(readPreviewToken(`${payload}.`, secret)).toBeUndefined()
    expect(
      readPreviewToken(createPreviewToken({ ...grant, expires: Date.now() - 1 }, secret), secret),
    ).toBeUndefined()
    expect(
      readPreviewToken(createPreviewToken({ ...grant, key: '../../etc' }, secret), secret),
    ).toBeUndefined()
    expect(readPreviewToken('garbage', secret)).toBeUndefined()
    expect(readPreviewToken(undefined, secret)).toBeUndefined()
  })
})
