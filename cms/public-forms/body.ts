import type { RawValue } from './fields'

/** How the visitor's browser sent the form, and so how we answer. */
export type BodyKind = 'form' | 'json'

export type ParsedBody =
  | { ok: true; kind: BodyKind; data: Record<string, RawValue> }
  | { ok: false; problem: 'content-type' | 'too-large' | 'malformed' }

const FORM_TYPE = 'application/x-www-form-urlencoded'
const JSON_TYPE = 'application/json'

/** The media type of a request without its parameters, in lower case. */
export function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** A urlencoded form or JSON; anything else (multipart, text, none) is not a form of ours. */
export function bodyKindOf(headers: Headers): BodyKind | undefined {
  const type = mediaType(headers)
  if (type === FORM_TYPE) return 'form'
  if (type === JSON_TYPE) return 'json'
  return undefined
}

/**
 * The body's bytes, at most `maxBytes`: a declared Content-Length above it is refused before
 * reading, and a body that streams past it is cut off, so a 1 MB (or 1 GB) body costs at most
 * `maxBytes` of memory.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  headers: Headers,
  maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
  const declared = Number(headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) {
    await body?.cancel().catch(() => undefined)
    return 'too-large'
  }
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function parseForm(text: string): Record<string, RawValue> {
  const data: Record<string, RawValue> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const previous = data[key]
    if (previous === undefined) data[key] = value
    else data[key] = [...(Array.isArray(previous) ? previous : [String(previous)]), value]
  }
  return data
}

function isRawValue(value: unknown): value is RawValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true
  return Array.isArray(value) && value.every((each) => typeof each === 'string')
}

function parseJson(text: string): Record<string, RawValue> | undefined {
  const parsed: unknown = JSON.parse(text)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
  const entries = Object.entries(parsed)
  return entries.every(([, value]) => isRawValue(value)) ? Object.fromEntries(entries) : undefined
}

/** The submitted fields, read within the size limit, from a form or a JSON object of scalars. */
export async function readSubmission(
  request: { body: ReadableStream<Uint8Array> | null; headers: Headers },
  maxBytes: number,
): Promise<ParsedBody> {
  const kind = bodyKindOf(request.headers)
  if (!kind) {
    await request.body?.cancel().catch(() => undefined)
    return { ok: false, problem: 'content-type' }
  }
  const bytes = await readBounded(request.body, request.headers, maxBytes)
  if (bytes === 'too-large') return { ok: false, problem: 'too-large' }
  try {
    const text = decoder.decode(bytes)
    const data = kind === 'form' ? parseForm(text) : parseJson(text)
    return data ? { ok: true, kind, data } : { ok: false, problem: 'malformed' }
  } catch {
    // Not UTF-8, or not JSON.
    return { ok: false, problem: 'malformed' }
  }
}
