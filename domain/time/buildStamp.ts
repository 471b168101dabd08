/**
 * The build's time that every page carries for its scripts that keep time and say how old the
 * page is (site/components/LiveStatus.astro writes it). A page rendered again from the same data
 * differs from the last release's only in it, and is the same page: the publisher keeps the last
 * one (cms/publisher/precompress.ts), and the service worker does not fetch it again (site/offline).
 */
export const BUILD_STAMP_ATTRIBUTE = 'data-built-at'

const BUILD_STAMP = new RegExp(`${BUILD_STAMP_ATTRIBUTE}="[^"]*"`, 'g')

/** A page's HTML without its build stamp, to compare pages or name their revision. */
export function withoutBuildStamp(html: string): string {
  return html.replace(BUILD_STAMP, '')
}
