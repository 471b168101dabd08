import { describe, expect, it } from 'vitest'

import { Media } from '@cms/collections/Media'
import { LARGEST_SITE_WIDTH } from '@domain/editorial-checks/images'

/**
 * «Far larger than any size the site uses» is measured against the media collection's own
 * sizes: the check keeps a copy of the widest (domain/ may not import the CMS), so this test
 * fails when a size is added or widened and the copy is not.
 */
describe('the oversized-image check and the sizes the site uses', () => {
  it('knows the widest size the media collection makes', () => {
    const upload = typeof Media.upload === 'object' ? Media.upload : {}
    const widths = (upload.imageSizes ?? []).map((size) => size.width ?? 0)
    expect(widths.length).toBeGreaterThan(0)
    expect(LARGEST_SITE_WIDTH).toBe(Math.max(...widths))
  })
})
