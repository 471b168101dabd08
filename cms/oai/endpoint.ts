import type { Endpoint, PayloadRequest } from 'payload'

import { env } from '../config/env'
import { handleOaiRequest } from './protocol'
import { OaiRepository } from './repository'

/** The OAI-PMH base URL: `<CMS_URL>/api/oai`. */
export const oaiBaseUrl = () => new URL('/api/oai', env.CMS_URL).href

async function respond(req: PayloadRequest, params: [string, string][]): Promise<Response> {
  const { status, xml } = await handleOaiRequest(new OaiRepository(req.payload), params, {
    baseUrl: oaiBaseUrl(),
  })
  return new Response(xml, {
    status,
    headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** OAI-PMH 2.0 over GET (query string) and POST (form-encoded body), as the protocol allows. */
export const oaiEndpoints: Endpoint[] = [
  {
    path: '/oai',
    method: 'get',
    handler: (req) => respond(req, [...new URL(req.url ?? '', env.CMS_URL).searchParams]),
  },
  {
    path: '/oai',
    method: 'post',
    handler: async (req) => respond(req, [...new URLSearchParams((await req.text?.()) ?? '')]),
  },
]
