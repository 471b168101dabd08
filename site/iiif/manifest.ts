import { absolute, iiifPaths } from '@domain/urls/iiif'

/** One page image with its static image service. */
export type IiifImage = {
  /** Content hash naming the image service. */
  hash: string
  width: number
  height: number
  /** The original file, the body of the painting annotation. */
  original: { url: string; format: string }
  label?: string
  /** The service's thumbnail size (sharp writes one under `full/`). */
  thumbnail?: { width: number; height: number }
}

/** A metadata pair shown by viewers: Ukrainian and English label, value as written. */
export type IiifMetadata = { label: { uk: string; en: string }; value: string }

export type IiifItem = {
  identifier: string
  title: string
  summary?: string
  /** The item's page on the site (absolute). */
  homepage: string
  metadata: IiifMetadata[]
  /** A RightsStatements.org or Creative Commons URI. */
  rights?: string
  /** Who holds the original: shown as the required statement. */
  holder: string
  collection: { slug: string; title: string }
  images: IiifImage[]
}

type Lang = Record<string, string[]>
const uk = (text: string): Lang => ({ uk: [text] })
const none = (text: string): Lang => ({ none: [text] })

const CONTEXT = 'http://iiif.io/api/presentation/3/context.json'

function imageService(base: string, image: IiifImage) {
  return {
    id: absolute(base, iiifPaths.imageService(image.hash)),
    type: 'ImageService3',
    profile: 'level0',
  }
}

function thumbnail(base: string, image: IiifImage) {
  const size = image.thumbnail
  if (!size) return undefined
  return [
    {
      id: absolute(
        base,
        `${iiifPaths.imageService(image.hash)}/full/${size.width},${size.height}/0/default.jpg`,
      ),
      type: 'Image',
      format: 'image/jpeg',
      width: size.width,
      height: size.height,
      service: [imageService(base, image)],
    },
  ]
}

/** A IIIF Presentation 3 manifest of an item: one canvas per page image, in order. */
export function itemManifest(item: IiifItem, base: string) {
  const id = absolute(base, iiifPaths.itemManifest(item.identifier))
  const first = item.images[0]
  return {
    '@context': CONTEXT,
    id,
    type: 'Manifest',
    label: uk(item.title),
    ...(item.summary ? { summary: uk(item.summary) } : {}),
    metadata: item.metadata.map((entry) => ({
      label: { uk: [entry.label.uk], en: [entry.label.en] },
      value: none(entry.value),
    })),
    requiredStatement: {
      label: { uk: ['Утримувач'], en: ['Holding institution'] },
      value: uk(item.holder),
    },
    ...(item.rights ? { rights: item.rights } : {}),
    provider: [
      {
        id: absolute(base, '/'),
        type: 'Agent',
        label: uk(item.holder),
        homepage: [
          { id: absolute(base, '/'), type: 'Text', label: uk(item.holder), format: 'text/html' },
        ],
      },
    ],
    homepage: [
      {
        id: item.homepage,
        type: 'Text',
        label: uk(item.title),
        format: 'text/html',
        language: ['uk'],
      },
    ],
    partOf: [
      {
        id: absolute(base, iiifPaths.collection(item.collection.slug)),
        type: 'Collection',
        label: uk(item.collection.title),
      },
    ],
    ...(first && thumbnail(base, first) ? { thumbnail: thumbnail(base, first) } : {}),
    behavior: item.images.length > 1 ? ['paged'] : ['individuals'],
    items: item.images.map((image, index) => {
      const canvas = `${id.replace(/manifest\.json$/, '')}canvas/${index + 1}`
      return {
        id: canvas,
        type: 'Canvas',
        label: uk(image.label || `Сторінка ${index + 1}`),
        width: image.width,
        height: image.height,
        ...(thumbnail(base, image) ? { thumbnail: thumbnail(base, image) } : {}),
        items: [
          {
            id: `${canvas}/page`,
            type: 'AnnotationPage',
            items: [
              {
                id: `${canvas}/page/image`,
                type: 'Annotation',
                motivation: 'painting',
                target: canvas,
                body: {
                  id: image.original.url,
                  type: 'Image',
                  format: image.original.format,
                  width: image.width,
                  height: image.height,
                  service: [imageService(base, image)],
                },
              },
            ],
          },
        ],
      }
    }),
  }
}

/** A IIIF Presentation 3 collection listing the manifests of a digital collection's items. */
export function collectionManifest(
  collection: { slug: string; title: string; summary?: string },
  items: IiifItem[],
  base: string,
) {
  return {
    '@context': CONTEXT,
    id: absolute(base, iiifPaths.collection(collection.slug)),
    type: 'Collection',
    label: uk(collection.title),
    ...(collection.summary ? { summary: uk(collection.summary) } : {}),
    items: items.map((item) => {
      const thumb = item.images[0] ? thumbnail(base, item.images[0]) : undefined
      return {
        id: absolute(base, iiifPaths.itemManifest(item.identifier)),
        type: 'Manifest',
        label: uk(item.title),
        ...(thumb ? { thumbnail: thumb } : {}),
      }
    }),
  }
}
