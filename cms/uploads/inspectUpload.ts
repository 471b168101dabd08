import { fileTypeFromBuffer } from 'file-type'

/** What an uploaded file claims to be and what its bytes say it is. */
export type UploadToInspect = {
  name: string
  /** The MIME type the client declared. */
  mimetype: string
  size: number
  data: Buffer
}

export type UploadPolicy = {
  /** MIME types accepted by the collection. */
  allowed: readonly string[]
  maxBytes: number
}

export type UploadProblem =
  | { key: 'uploadTooLarge'; size: number; limit: number }
  | { key: 'uploadScriptable' }
  | { key: 'uploadTypeNotAllowed'; type: string }
  | { key: 'uploadUnrecognized' }
  | { key: 'uploadTypeMismatch'; declared: string; detected: string }

const SCRIPTABLE_EXTENSIONS = /\.(svgz?|x?html?|xht|xml|js|mjs)$/i
const SCRIPTABLE_TYPES = /(svg|html|xml|javascript)/i

function looksLikeMarkup(data: Buffer): boolean {
  const head = data.subarray(0, 1024).toString('utf8').trimStart().toLowerCase()
  return /^(<\?xml|<!doctype|<svg|<html|<script|<!--)/.test(head)
}

/** MIME types that mean the same format, as clients and `file-type` spell them differently. */
function sameType(a: string, b: string): boolean {
  const normalise = (type: string) => type.toLowerCase().replace('image/jpg', 'image/jpeg')
  return normalise(a) === normalise(b)
}

/**
 * Checks an upload before Payload stores it: size, never a scriptable format (SVG, HTML, XML),
 * a type the collection accepts, and content whose real type matches the declared one.
 */
export async function inspectUpload(
  file: UploadToInspect,
  policy: UploadPolicy,
): Promise<UploadProblem | undefined> {
  const size = file.size || file.data.length
  if (size > policy.maxBytes) return { key: 'uploadTooLarge', size, limit: policy.maxBytes }
  if (
    SCRIPTABLE_EXTENSIONS.test(file.name) ||
    SCRIPTABLE_TYPES.test(file.mimetype) ||
    looksLikeMarkup(file.data)
  ) {
    return { key: 'uploadScriptable' }
  }
  const declared = file.mimetype.split(';')[0]!.trim()
  if (!policy.allowed.some((type) => sameType(type, declared)))
    return { key: 'uploadTypeNotAllowed', type: declared }
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected) return { key: 'uploadUnrecognized' }
  if (!sameType(detected.mime, declared))
    return { key: 'uploadTypeMismatch', declared, detected: detected.mime }
  return undefined
}
