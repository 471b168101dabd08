import path from 'node:path'

import { typeset } from '@domain/format/typography'
import { urls } from '@domain/urls/urls'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'

import type { BranchData, NewsData } from '../model'
import type { NewsDoc } from '../read/schemas'
import type { Shaping } from './context'

/** A news item with its cover, its sharing image and the branches it concerns. */
export function shapeNewsItem(
  doc: NewsDoc,
  shaping: Shaping,
  context: { branchById: Map<string, BranchData>; ogFiles: Map<string, string>; mediaDir: string },
): NewsData {
  const cover = shaping.picture(doc.cover, [400, 800, 1200], `news «${doc.slug}», поле «cover»`)
  const og = doc.cover ? context.ogFiles.get(doc.cover) : undefined
  const linked = doc.branches
    .map((ref) => context.branchById.get(ref))
    .filter((branch) => branch !== undefined)
  return {
    id: doc.id,
    slug: doc.slug,
    url: urls.newsItem(doc.slug),
    title: typeset(doc.title),
    publishedAt: doc.publishedAt ?? doc.updatedAt,
    category: doc.category,
    categoryLabel: NEWS_CATEGORIES[doc.category].label.uk,
    excerpt: doc.excerpt ? typeset(doc.excerpt) : undefined,
    cover,
    ogImage: og
      ? shaping.images.copy(path.join(context.mediaDir, og), `/media/og/${og}`)
      : undefined,
    bodyHtml: shaping.render(doc.body, 'news', doc.slug, 'body').html,
    branches: linked.map((branch) => ({ href: branch.url, title: branch.name })),
    branchSlugs: linked.map((branch) => branch.slug),
    tags: doc.tags ?? [],
    programmeTasks: [],
  }
}
