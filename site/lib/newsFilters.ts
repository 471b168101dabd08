import type { BranchData, NewsData } from '../data/model'
import { NEWS_CATEGORIES, type NewsCategory } from '@domain/vocabularies/newsCategories'

/** News categories that have at least one published item, in the CMS's order. */
export function usedCategories(news: NewsData[]): NewsCategory[] {
  const used = new Set(news.map((item) => item.category))
  return (Object.keys(NEWS_CATEGORIES) as NewsCategory[]).filter((category) => used.has(category))
}

/** Branches with at least one news item, for the branch filter. */
export function branchesWithNews(news: NewsData[], branches: BranchData[]) {
  const used = new Set(news.flatMap((item) => item.branchSlugs))
  return branches
    .filter((branch) => used.has(branch.slug))
    .map((branch) => ({ slug: branch.slug, name: branch.shortName }))
}

export const NEWS_PER_PAGE = 12
