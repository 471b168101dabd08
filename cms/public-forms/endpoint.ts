import type { Endpoint, PayloadRequest } from 'payload'

import { SHELL_FIELDS } from '@domain/public-forms/forms'

import { clientAddress } from '../abuse/rateLimiter'
import { bodyKindOf, readSubmission, type BodyKind } from './body'
import { FormRefusal, type PublicForm } from './definition'
import { checkFields, isChecked, type FieldSpecs, type RawValue } from './fields'
import { createLimiters, FORM_LIMITS, type FormLimits, type Limiters } from './limits'
import { comesFromSite, corsHeaders } from './origin'
import { newChallenge, verifyProof } from './proofOfWork'
import { handleReceipt } from './receipt'
import { accept, kindFromAccept, refuse, type Refusal } from './respond'
import { checkStart, signStart } from './startToken'

export type PublicFormOptions = {
  limits?: FormLimits
  /** The clock of the checks (tests fix it). */
  now?: () => number
}

type Context = { limits: FormLimits; limiters: Limiters; now: () => number }

/** Separates the shell's hidden fields from the form's own. */
function splitShell(data: Record<string, RawValue>) {
  const {
    [SHELL_FIELDS.honeypot]: honeypot,
    [SHELL_FIELDS.started]: started,
    [SHELL_FIELDS.proof]: proof,
    ...fields
  } = data
  const text = (value: RawValue | undefined) => (typeof value === 'string' ? value : '')
  return { honeypot: text(honeypot), started: text(started), proof: text(proof), fields }
}

/** The shell's checks: honeypot, fill time, proof of work. Undefined when they pass. */
async function checkShell(
  shell: ReturnType<typeof splitShell>,
  req: PayloadRequest,
  context: Context,
): Promise<Refusal | undefined> {
  if (shell.honeypot.trim() !== '') return { code: 'honeypot', status: 422 }
  const now = context.now()
  // No JavaScript: neither the start time nor the proof (the page's script fetches both). The
  // remaining checks and the tighter limits without proof apply.
  if (shell.started === '' && shell.proof === '') return undefined
  const start = checkStart(shell.started, now, req.payload.secret, context.limits.fillTime)
  if (start !== 'ok') return { code: start, status: 422 }
  if (shell.proof === '' || !(await verifyProof(shell.proof, req.payload.secret, now)))
    return { code: 'proof', status: 422 }
  return undefined
}

async function checkStoredLimits(
  address: string,
  withProof: boolean,
  limiters: Limiters,
): Promise<Refusal | undefined> {
  // The address first: one address over its allowance must not use up everybody's.
  const own = await limiters.storedPerAddress.take(address)
  if (!own.allowed)
    return { code: 'rate-address', status: 429, retryAfterSeconds: own.retryAfterSeconds }
  const global = withProof ? limiters.storedGlobal : limiters.storedGlobalWithoutProof
  const everyone = await global.take('all')
  if (!everyone.allowed)
    return { code: 'rate-global', status: 503, retryAfterSeconds: everyone.retryAfterSeconds }
  return undefined
}

/** Every check in order of cost, then the form's handler. */
async function handleSubmission<F extends FieldSpecs>(
  form: PublicForm<F>,
  req: PayloadRequest,
  context: Context,
): Promise<Response> {
  let kind: BodyKind = bodyKindOf(req.headers) ?? kindFromAccept(req.headers)
  if (!comesFromSite(req.headers)) return refuse(kind, { code: 'origin', status: 403 })
  const address = clientAddress(req.headers)
  const request = await context.limiters.requests.take(address)
  if (!request.allowed)
    return refuse(kind, {
      code: 'rate-address',
      status: 429,
      retryAfterSeconds: request.retryAfterSeconds,
    })
  const body = await readSubmission(
    { body: req.body as ReadableStream<Uint8Array> | null, headers: req.headers },
    form.maxBodyBytes ?? context.limits.maxBodyBytes,
  )
  if (!body.ok) {
    const status = { 'content-type': 415, 'too-large': 413, malformed: 400 }[body.problem]
    return refuse(kind, { code: body.problem, status })
  }
  kind = body.kind
  const shell = splitShell(body.data)
  const allowed = new Set([...Object.keys(form.fields), ...(form.consent ? ['consent'] : [])])
  const unknown = Object.keys(shell.fields).filter((name) => !allowed.has(name))
  if (unknown.length > 0) return refuse(kind, { code: 'unknown-field', status: 400 })
  const shellProblem = await checkShell(shell, req, context)
  if (shellProblem) return refuse(kind, shellProblem)
  const checked = checkFields(form.fields, shell.fields)
  if ('errors' in checked)
    return refuse(kind, { code: 'invalid', status: 422, fields: checked.errors })
  if (form.consent && !isChecked(shell.fields.consent))
    return refuse(kind, { code: 'consent', status: 422 })
  const limited = await checkStoredLimits(address, shell.proof !== '', context.limiters)
  if (limited) return refuse(kind, limited)
  try {
    const acceptance = await form.accept(checked.values, {
      req,
      proof: shell.proof !== '' ? 'altcha' : 'none',
      address,
      now: new Date(context.now()),
    })
    return accept(kind, form.name, acceptance, req.payload.secret)
  } catch (error) {
    if (error instanceof FormRefusal)
      return refuse(kind, { code: error.code, status: error.status, message: error.message })
    // The visitor's data is not logged: only the form and the error.
    req.payload.logger.error({ err: error, form: form.name }, 'A public form submission failed')
    return refuse(kind, { code: 'server', status: 500 })
  }
}

function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders() })
}

async function handleChallenge(req: PayloadRequest, context: Context): Promise<Response> {
  if (!comesFromSite(req.headers)) return refuse('json', { code: 'origin', status: 403 })
  const verdict = await context.limiters.challenges.take(clientAddress(req.headers))
  if (!verdict.allowed)
    return refuse('json', {
      code: 'rate-address',
      status: 429,
      retryAfterSeconds: verdict.retryAfterSeconds,
    })
  const now = context.now()
  const challenge = await newChallenge(req.payload.secret, now)
  return Response.json(
    { challenge, started: signStart(now, req.payload.secret) },
    { headers: { 'Cache-Control': 'no-store', ...corsHeaders() } },
  )
}

/**
 * The Payload endpoints of the public forms: `GET /api/forms/challenge` (a proof-of-work
 * challenge and a signed start time for the page's script), `GET /api/forms/receipt` (the
 * number and deadline for a form sent without JavaScript), and per form `POST
 * /api/forms/<name>` with its CORS preflight. See README.md in this folder.
 */
export function publicFormEndpoints(
  forms: PublicForm<FieldSpecs>[],
  options: PublicFormOptions = {},
): Endpoint[] {
  const limits = options.limits ?? FORM_LIMITS
  const context: Context = {
    limits,
    limiters: createLimiters(limits),
    now: options.now ?? Date.now,
  }
  return [
    { path: '/forms/challenge', method: 'get', handler: (req) => handleChallenge(req, context) },
    { path: '/forms/challenge', method: 'options', handler: () => Promise.resolve(preflight()) },
    // Where a form sent without JavaScript shows its registration number (receipt.ts).
    {
      path: '/forms/receipt',
      method: 'get',
      handler: (req) => handleReceipt(req, context.limiters),
    },
    ...forms.flatMap((form): Endpoint[] => [
      {
        path: `/forms/${form.name}`,
        method: 'post',
        handler: (req) => handleSubmission(form, req, context),
      },
      {
        path: `/forms/${form.name}`,
        method: 'options',
        handler: () => Promise.resolve(preflight()),
      },
    ]),
  ]
}
