/** Where IIIF resources live on the public site (paths from the site root). */
export const iiifPaths = {
  /** Static level-0 image service of one image, named by a hash of its bytes. */
  imageService: (hash: string) => `/iiif/images/${hash}`,
  itemManifest: (identifier: string) => `/iiif/items/${identifier}/manifest.json`,
  collection: (slug: string) => `/iiif/collections/${slug}/collection.json`,
}

/** An absolute URL on the site. */
export function absolute(base: string, pathname: string): string {
  return new URL(pathname, base.endsWith('/') ? base : `${base}/`).href
}
