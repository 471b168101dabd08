import { describe, expect, it } from 'vitest'

import {
  RIGHTS_STATEMENTS,
  rightsCodeFromUri,
  rightsUri,
} from '@domain/vocabularies/rightsStatements'

describe('rights statements', () => {
  it('round-trips every code through its official URI', () => {
    for (const { code } of RIGHTS_STATEMENTS) expect(rightsCodeFromUri(rightsUri(code))).toBe(code)
  })

  it('reads the URI forms that spreadsheets use', () => {
    expect(rightsCodeFromUri('http://rightsstatements.org/vocab/InC/1.0/')).toBe('InC')
    expect(rightsCodeFromUri('https://rightsstatements.org/page/NoC-US/1.0/')).toBe('NoC-US')
    expect(rightsCodeFromUri(' http://rightsstatements.org/vocab/CNE/1.0 ')).toBe('CNE')
  })

  it('refuses unknown statements', () => {
    expect(rightsCodeFromUri('http://rightsstatements.org/vocab/XYZ/1.0/')).toBeUndefined()
    expect(rightsCodeFromUri('https://creativecommons.org/licenses/by/4.0/')).toBeUndefined()
  })
})
