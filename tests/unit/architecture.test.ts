import { describe, expect, it } from 'vitest'

import { repoRoot } from '@cms/config/paths'

import { checkImport, findLayerViolations, importsOf } from '../architecture/layers'

describe('importsOf', () => {
  it('finds static, type, re-export, side-effect and dynamic imports, also in .astro frontmatter', () => {
    const source = [
      '---',
      "import { urls } from '@domain/urls/urls'",
      "import type { X } from '../../cms/payload-types'",
      "export { y } from './y'",
      "import './styles.css'",
      "const later = await import('@cms/config/env')",
      '---',
    ].join('\n')
    expect(importsOf(source)).toEqual([
      '@domain/urls/urls',
      '../../cms/payload-types',
      './y',
      './styles.css',
      '@cms/config/env',
    ])
  })
})

describe('checkImport', () => {
  it('refuses the site importing the CMS, by alias or by path', () => {
    expect(checkImport('site/data/load.ts', '@cms/collections/News')).toMatch(/domain/)
    expect(checkImport('site/pages/index.astro', '../../cms/config/env')).toMatch(/domain/)
  })

  it('lets only the site reader open the Local API', () => {
    expect(checkImport('site/data/read/reader.ts', '@payload-config')).toBeUndefined()
    expect(checkImport('site/iiif/content.ts', '@payload-config')).toMatch(/site\/data\/read/)
  })

  it('refuses the CMS importing the site', () => {
    expect(checkImport('cms/publisher/checks.ts', '@site/lib/format/typography')).toMatch(/process/)
    expect(checkImport('cms/preview/pagePath.ts', '../../site/lib/urls')).toMatch(/process/)
  })

  it('keeps domain free of both sides and of frameworks', () => {
    expect(checkImport('domain/heritage/citableItem.ts', '@cms/collections/Items')).toMatch(
      /neither/,
    )
    expect(checkImport('domain/urls/urls.ts', '../../site/data/model')).toMatch(/neither/)
    expect(checkImport('domain/format/dates.ts', 'payload')).toMatch(/plain logic/)
    expect(checkImport('domain/format/dates.ts', 'astro:content')).toBeUndefined()
    expect(checkImport('domain/slugs/transliterate.ts', 'cyrillic-to-translit-js')).toBeUndefined()
  })

  it('allows both sides to use domain and their own folders', () => {
    expect(checkImport('site/data/load.ts', '@domain/urls/urls')).toBeUndefined()
    expect(checkImport('cms/oai/repository.ts', '@domain/heritage/itemRecord')).toBeUndefined()
    expect(checkImport('cms/oai/repository.ts', '../config/env')).toBeUndefined()
    expect(checkImport('site/data/load.ts', '@site/data/model')).toBeUndefined()
  })
})

describe('findLayerViolations', () => {
  it('finds no import across the layers in this repository', () => {
    expect(findLayerViolations(repoRoot)).toEqual([])
  })
})
