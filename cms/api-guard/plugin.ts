import {
  isValidID,
  NotFound,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type Config,
  type Plugin,
} from 'payload'

/**
 * An id that cannot exist in the collection («abc» or «\0» where ids are numbers) is a document
 * that is not there: a 404, where SQLite's driver would throw and Payload answer 500.
 */
const rejectImpossibleId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const type =
    req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType
  const candidate =
    type === 'number' && typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : id
  if (!isValidID(candidate as never, type)) throw new NotFound(req.t)
  return args
}

/** Errors a malformed request causes in code we do not own, with what the client should fix. */
const CLIENT_ERRORS: { test: (error: Error) => boolean; message: string }[] = [
  {
    // JSON.parse of the `_payload` part of a multipart form, or of another client's JSON.
    test: (error) => error instanceof SyntaxError,
    message: 'Запит містить некоректний JSON.',
  },
  {
    // busboy, which parses uploads: a file name or field name with control characters, a cut body.
    test: (error) =>
      /^(Malformed part header|Malformed urlencoded form|Unexpected end of form|Multipart: Boundary not found)/.test(
        error.message,
      ),
    message:
      'Запит із файлом пошкоджено або назва файлу містить керівні символи. Перейменуйте файл і спробуйте ще раз.',
  },
]

/** A malformed request answered with a 400 and a message instead of «Something went wrong» and 500. */
const malformedRequestIsClientError: AfterErrorHook = ({ error }) => {
  const known = CLIENT_ERRORS.find(({ test }) => test(error))
  if (!known) return undefined
  return { status: 400, response: { errors: [{ message: known.message }] } }
}

/** The hooks behind the REST guard: impossible ids and malformed bodies are the client's errors. */
export function apiGuardHooks(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [rejectImpossibleId, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    hooks: {
      ...config.hooks,
      afterError: [...(config.hooks?.afterError ?? []), malformedRequestIsClientError],
    },
  })
}
