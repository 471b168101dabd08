import { startCms } from './nextServer'

/**
 * `next start` for the CMS with the given arguments (e.g. `--port 3210`), registered as a user of
 * cms/.next so that no admin build replaces it meanwhile. The browser tests start the CMS this way.
 */
const cms = startCms(process.argv.slice(2))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => cms.kill(signal))
cms.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
