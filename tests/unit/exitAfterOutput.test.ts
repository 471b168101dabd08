import { spawn } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

import { repoRoot } from '@cms/config/paths'

const processesModule = pathToFileURL(path.join(repoRoot, 'cms', 'runtime', 'processes.ts')).href
/** More than a pipe holds at once (64 KiB on Linux), so that most of it is still queued at the end. */
const LINES = 2_000
const LINE = `${'ї'.repeat(500)}\n`

/**
 * Runs a process that writes LINES lines to its stdout and a last line to each stream, and then
 * exits through `exitAfterOutput`, as the build runner and the command-line scripts do. It is
 * spawned with a pipe and an IPC channel, as the publisher spawns its build processes.
 */
function runWriter(
  code: number,
): Promise<{ stdout: string; stderr: string; exitCode: number | null }> {
  const script = `
    import { exitAfterOutput } from ${JSON.stringify(processesModule)}
    const line = ${JSON.stringify(LINE)}
    for (let i = 0; i < ${LINES}; i += 1) process.stdout.write(line)
    process.stdout.write('[build] Complete!\\n')
    process.stderr.write('остання помилка\\n')
    exitAfterOutput(${code})
  `
  const child = spawn(process.execPath, ['--input-type=module', '--eval', script], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let stdout = ''
  let stderr = ''
  if (!child.stdout || !child.stderr) throw new Error('the writer was spawned without pipes')
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode) => resolve({ stdout, stderr, exitCode }))
  })
}

describe('exitAfterOutput', () => {
  it('exits with its code only after everything written to a pipe has left the process', async () => {
    const { stdout, stderr, exitCode } = await runWriter(3)
    expect(exitCode).toBe(3)
    expect(stdout).toBe(`${LINE.repeat(LINES)}[build] Complete!\n`)
    expect(stderr).toBe('остання помилка\n')
  })
})
