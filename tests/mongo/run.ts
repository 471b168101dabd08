import { spawn } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

/**
 * `npm run test:mongo`: the integration suite against MongoDB instead of SQLite. Uses MONGODB_URI
 * when set; otherwise starts a throw-away server from a local mongod binary (MONGOMS_SYSTEM_BINARY
 * or `mongod` on the PATH) with mongodb-memory-server. Never downloads a binary.
 */
function findMongod(): string | undefined {
  if (process.env.MONGOMS_SYSTEM_BINARY) return process.env.MONGOMS_SYSTEM_BINARY
  try {
    return execFileSync('sh', ['-c', 'command -v mongod'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

async function runSuite(uri: string): Promise<number> {
  const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs')
  const child = spawn(process.execPath, [vitest, 'run', '--project', 'integration'], {
    stdio: 'inherit',
    env: { ...process.env, TEST_MONGODB_URI: uri },
  })
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
}

async function main(): Promise<number> {
  if (process.env.MONGODB_URI) {
    process.stdout.write(`MongoDB integration tests against MONGODB_URI.\n`)
    return runSuite(process.env.MONGODB_URI)
  }
  const mongod = findMongod()
  if (!mongod) {
    process.stdout.write(
      'Skipping the MongoDB integration tests: no MongoDB server is available here.\n' +
        'Set MONGODB_URI=mongodb://host:27017 to use a running server, or MONGOMS_SYSTEM_BINARY=/path/to/mongod\n' +
        '(or put mongod on the PATH) to start a throw-away one. Nothing is downloaded.\n',
    )
    return 0
  }
  // MONGOMS_SYSTEM_BINARY is read by mongodb-memory-server itself; downloads stay off.
  process.env.MONGOMS_SYSTEM_BINARY = mongod
  process.env.MONGOMS_DISABLE_POSTINSTALL = '1'
  const { MongoMemoryServer } = await import('mongodb-memory-server-core')
  process.stdout.write(`Starting a throw-away MongoDB from ${mongod}…\n`)
  const server = await MongoMemoryServer.create({ binary: { systemBinary: mongod } })
  try {
    return await runSuite(server.getUri())
  } finally {
    await server.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `MongoDB test run failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exit(1)
  },
)
