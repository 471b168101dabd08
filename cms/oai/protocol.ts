import { env } from '../config/env'
import { dublinCore } from '@domain/heritage/dublinCore'
import {
  localIdentifier,
  oaiIdentifier,
  repositoryIdentifier,
  type OaiRecord,
  type OaiRepository,
} from './repository'
import { decodeToken, encodeToken, type ListQuery } from './resumptionToken'
import { element, textElement } from './xml'

/** OAI-PMH 2.0 error codes. */
export type OaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy'

class OaiError extends Error {
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message)
  }
}

const VERBS = {
  Identify: { required: [], optional: [], exclusive: undefined },
  ListMetadataFormats: { required: [], optional: ['identifier'], exclusive: undefined },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  ListRecords: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [], exclusive: undefined },
} as const satisfies Record<
  string,
  { required: readonly string[]; optional: readonly string[]; exclusive?: string }
>

type Verb = keyof typeof VERBS

const OAI_DC = {
  metadataPrefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
}

export type OaiOptions = {
  /** The endpoint's own public URL, echoed in every response. */
  baseUrl: string
  /** Records per page of a list; the rest follows by resumption token. */
  pageSize?: number
  now?: Date
}

export type OaiResponse = { status: number; xml: string }

/** A UTC datestamp argument: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (the repository's granularity). */
function parseDatestamp(value: string, edge: 'from' | 'until'): { date: Date; fine: boolean } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const second = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)
  const date = new Date(day ? `${value}T00:00:00Z` : value)
  if (
    (!day && !second) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value.slice(0, 10))
  )
    throw new OaiError(
      'badArgument',
      `The ${edge} argument "${value}" is not a valid UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).`,
    )
  // `until` includes the whole day or second it names.
  if (edge === 'until') date.setTime(date.getTime() + (day ? 86_400_000 : 1000) - 1)
  return { date, fine: second }
}

function header(record: OaiRecord): string {
  return element(
    'header',
    [
      textElement('identifier', record.identifier),
      textElement('datestamp', record.datestamp),
      ...record.sets.map((set) => textElement('setSpec', set)),
    ].join(''),
  )
}

function oaiDc(record: OaiRecord): string {
  const statements = dublinCore(record.item)
    .map(({ element: name, value }) => textElement(`dc:${name}`, value))
    .join('')
  return element('oai_dc:dc', statements, {
    'xmlns:oai_dc': OAI_DC.metadataNamespace,
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${OAI_DC.metadataNamespace} ${OAI_DC.schema}`,
  })
}

const recordXml = (record: OaiRecord) =>
  element('record', header(record) + element('metadata', oaiDc(record)))

/**
 * Answers one OAI-PMH 2.0 request with oai_dc records of published items; sets are the
 * published collections. Errors are answered as the protocol says: HTTP 200 with `<error>`.
 */
export async function handleOaiRequest(
  repository: OaiRepository,
  params: [string, string][],
  options: OaiOptions,
): Promise<OaiResponse> {
  const now = options.now ?? new Date()
  const pageSize = options.pageSize ?? 100
  const args = new Map<string, string>()
  const repeated = new Set<string>()
  for (const [key, value] of params) {
    if (args.has(key)) repeated.add(key)
    args.set(key, value)
  }
  const verb = args.get('verb')
  const requestAttributes: Record<string, string> = {}
  let body: string
  try {
    if (!verb || repeated.has('verb') || !(verb in VERBS))
      throw new OaiError(
        'badVerb',
        verb
          ? `"${verb}" is not an OAI-PMH verb (or it was repeated).`
          : 'The verb argument is missing.',
      )
    const rules = VERBS[verb as Verb]
    if (repeated.size)
      throw new OaiError('badArgument', `Repeated arguments: ${[...repeated].join(', ')}.`)
    const allowed = new Set<string>(['verb', ...rules.required, ...rules.optional])
    if (rules.exclusive) allowed.add(rules.exclusive)
    for (const key of args.keys())
      if (!allowed.has(key))
        throw new OaiError('badArgument', `Illegal argument "${key}" for ${verb}.`)
    const exclusive = rules.exclusive && args.has(rules.exclusive)
    if (exclusive && args.size > 2)
      throw new OaiError('badArgument', `${rules.exclusive} is an exclusive argument.`)
    if (!exclusive)
      for (const key of rules.required)
        if (!args.has(key)) throw new OaiError('badArgument', `Missing required argument "${key}".`)
    for (const [key, value] of args) requestAttributes[key] = value
    body = await answer(repository, verb as Verb, args, { ...options, pageSize, now })
  } catch (error) {
    if (!(error instanceof OaiError)) throw error
    // For badVerb and badArgument the request element must not echo the arguments.
    const echo = error.code === 'badVerb' || error.code === 'badArgument' ? {} : requestAttributes
    return {
      status: 200,
      xml: envelope(
        now,
        options.baseUrl,
        echo,
        textElement('error', error.message, { code: error.code }),
      ),
    }
  }
  return { status: 200, xml: envelope(now, options.baseUrl, requestAttributes, body) }
}

function envelope(
  now: Date,
  baseUrl: string,
  request: Record<string, string>,
  body: string,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'OAI-PMH',
    textElement('responseDate', `${now.toISOString().slice(0, 19)}Z`) +
      textElement('request', baseUrl, request) +
      body,
    {
      xmlns: 'http://www.openarchives.org/OAI/2.0/',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd',
    },
  )}\n`
}

function checkPrefix(prefix: string): void {
  if (prefix !== OAI_DC.metadataPrefix)
    throw new OaiError(
      'cannotDisseminateFormat',
      `The metadata format "${prefix}" is not supported; use oai_dc.`,
    )
}

async function answer(
  repository: OaiRepository,
  verb: Verb,
  args: Map<string, string>,
  options: Required<OaiOptions>,
): Promise<string> {
  switch (verb) {
    case 'Identify': {
      const publisher = await repository.publisher()
      return element(
        'Identify',
        [
          textElement('repositoryName', `${publisher}: цифрові колекції`),
          textElement('baseURL', options.baseUrl),
          textElement('protocolVersion', '2.0'),
          textElement('adminEmail', env.ADMIN_EMAIL ?? 'admin@biblioteka.local'),
          textElement('earliestDatestamp', await repository.earliestDatestamp()),
          textElement('deletedRecord', 'no'),
          textElement('granularity', 'YYYY-MM-DDThh:mm:ssZ'),
          element(
            'description',
            element(
              'oai-identifier',
              [
                textElement('scheme', 'oai'),
                textElement('repositoryIdentifier', repositoryIdentifier()),
                textElement('delimiter', ':'),
                textElement('sampleIdentifier', oaiIdentifier('SOL-PH-0001')),
              ].join(''),
              {
                xmlns: 'http://www.openarchives.org/OAI/2.0/oai-identifier',
                'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
                'xsi:schemaLocation':
                  'http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd',
              },
            ),
          ),
        ].join(''),
      )
    }
    case 'ListMetadataFormats': {
      const identifier = args.get('identifier')
      if (identifier) await findRecord(repository, identifier)
      return element(
        'ListMetadataFormats',
        element(
          'metadataFormat',
          [
            textElement('metadataPrefix', OAI_DC.metadataPrefix),
            textElement('schema', OAI_DC.schema),
            textElement('metadataNamespace', OAI_DC.metadataNamespace),
          ].join(''),
        ),
      )
    }
    case 'ListSets': {
      if (args.has('resumptionToken'))
        throw new OaiError(
          'badResumptionToken',
          'The set list is complete in one response; this token is not valid.',
        )
      const sets = await repository.sets()
      if (!sets.length) throw new OaiError('noSetHierarchy', 'The repository has no sets yet.')
      return element(
        'ListSets',
        sets
          .map((set) =>
            element('set', textElement('setSpec', set.spec) + textElement('setName', set.name)),
          )
          .join(''),
      )
    }
    case 'GetRecord': {
      checkPrefix(args.get('metadataPrefix')!)
      const record = await findRecord(repository, args.get('identifier')!)
      return element('GetRecord', recordXml(record))
    }
    case 'ListIdentifiers':
    case 'ListRecords':
      return list(repository, verb, args, options)
  }
}

async function findRecord(repository: OaiRepository, identifier: string): Promise<OaiRecord> {
  const local = localIdentifier(identifier)
  const record = local ? await repository.get(local) : undefined
  if (!record)
    throw new OaiError('idDoesNotExist', `No published item has the identifier "${identifier}".`)
  return record
}

async function list(
  repository: OaiRepository,
  verb: 'ListIdentifiers' | 'ListRecords',
  args: Map<string, string>,
  options: Required<OaiOptions>,
): Promise<string> {
  const token = args.get('resumptionToken')
  let query: ListQuery
  if (token !== undefined) {
    const decoded = decodeToken(token, verb)
    if (!decoded) throw new OaiError('badResumptionToken', 'The resumption token is not valid.')
    query = decoded
  } else {
    query = {
      verb,
      metadataPrefix: args.get('metadataPrefix')!,
      set: args.get('set'),
      from: args.get('from'),
      until: args.get('until'),
      cursor: 0,
    }
  }
  checkPrefix(query.metadataPrefix)
  const from = query.from ? parseDatestamp(query.from, 'from') : undefined
  const until = query.until ? parseDatestamp(query.until, 'until') : undefined
  if (from && until && from.fine !== until.fine)
    throw new OaiError('badArgument', 'from and until must have the same granularity.')
  if (from && until && from.date > until.date)
    throw new OaiError('badArgument', 'from is later than until.')
  if (query.set) {
    const sets = await repository.sets()
    if (!sets.length) throw new OaiError('noSetHierarchy', 'The repository has no sets yet.')
    if (!sets.some((set) => set.spec === query.set))
      throw new OaiError('noRecordsMatch', `There is no set "${query.set}".`)
  }
  const { records, total } = await repository.list(
    { set: query.set, from: from?.date, until: until?.date },
    query.cursor,
    options.pageSize,
  )
  if (token !== undefined && query.cursor >= total && total > 0)
    throw new OaiError(
      'badResumptionToken',
      'The resumption token points past the end of the list.',
    )
  if (!records.length) throw new OaiError('noRecordsMatch', 'No published items match the request.')
  const next = query.cursor + records.length
  const resumption =
    next < total
      ? textElement('resumptionToken', encodeToken({ ...query, cursor: next }), {
          completeListSize: total,
          cursor: query.cursor,
        })
      : query.cursor > 0
        ? element('resumptionToken', '', { completeListSize: total, cursor: query.cursor })
        : ''
  const entries = records.map((record) =>
    verb === 'ListRecords' ? recordXml(record) : header(record),
  )
  return element(verb, entries.join('') + resumption)
}
