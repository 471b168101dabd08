import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { cmsDir, repoRoot } from '@cms/config/paths'
import {
  CMS_BUILD_INPUTS,
  cmsBuildSources,
  hashCmsSources,
  refuseIfServed,
  servingPids,
} from '@cms/scripts/nextServer'

// Whether the admin needs `next build` again: the hash of its sources, on the real repository.
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** Writes a file for the length of one test, putting back what was there. */
async function writeForTest(file: string, content: string): Promise<void> {
  const before = existsSync(file) ? await readFile(file) : undefined
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, content)
  cleanups.push(() => (before ? writeFile(file, before) : rm(file, { force: true })))
}

const MODES = [
  { name: 'with git', git: true },
  { name: 'without git (a downloaded copy)', git: false },
]

describe.each(MODES)('the admin build hash, $name', ({ git }) => {
  it('does not change when the files a build writes appear', async () => {
    const before = await hashCmsSources(repoRoot, { git })
    // What `next build` and the TypeScript tooling write inside the inputs.
    await writeForTest(
      path.join(cmsDir, 'next-env.d.ts'),
      `/// <reference types="next" />\n// ${randomUUID()}\n`,
    )
    await writeForTest(path.join(cmsDir, '.next', `probe-${randomUUID()}.json`), '{}')
    await writeForTest(path.join(cmsDir, `probe-${randomUUID()}.tsbuildinfo`), '{}')
    expect(await hashCmsSources(repoRoot, { git })).toBe(before)
    const sources = await cmsBuildSources(repoRoot, { git })
    expect(sources).not.toContain('cms/next-env.d.ts')
    expect(sources.some((file) => file.startsWith('cms/.next/'))).toBe(false)
  })

  it('changes when a source of the admin changes, in cms/ or in the domain code it imports', async () => {
    const before = await hashCmsSources(repoRoot, { git })
    await writeForTest(
      path.join(cmsDir, 'lib', `probe-${randomUUID()}.ts`),
      'export const probe = 1\n',
    )
    const withNewCmsFile = await hashCmsSources(repoRoot, { git })
    expect(withNewCmsFile).not.toBe(before)
    await writeForTest(
      path.join(repoRoot, 'domain', `probe-${randomUUID()}.ts`),
      'export const probe = 2\n',
    )
    expect(await hashCmsSources(repoRoot, { git })).not.toBe(withNewCmsFile)
  })
})

it('lists the same sources with and without git', async () => {
  expect(await cmsBuildSources(repoRoot, { git: false })).toEqual(
    await cmsBuildSources(repoRoot, { git: true }),
  )
})

/** The tsconfig path aliases (e.g. `@payload-config`), as prefixes and their targets. */
async function pathAliases(): Promise<{ prefix: string; exact: boolean; target: string }[]> {
  const tsconfig = JSON.parse(await readFile(path.join(repoRoot, 'tsconfig.json'), 'utf8')) as {
    compilerOptions?: { paths?: Record<string, string[]> }
  }
  return Object.entries(tsconfig.compilerOptions?.paths ?? {}).map(([alias, [target]]) => ({
    prefix: alias.replace(/\*$/, ''),
    exact: !alias.endsWith('*'),
    target: path.join(repoRoot, target!.replace(/\*$/, '')),
  }))
}

/** The file an import of `specifier` in `from` loads, when it is one of ours. */
function resolveOwn(
  from: string,
  specifier: string,
  aliases: Awaited<ReturnType<typeof pathAliases>>,
): string | undefined {
  let base: string | undefined
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier)
  for (const alias of aliases) {
    if (alias.exact ? specifier === alias.prefix : specifier.startsWith(alias.prefix))
      base = alias.exact
        ? alias.target
        : path.join(alias.target, specifier.slice(alias.prefix.length))
  }
  if (!base) return undefined
  const candidates = [
    base,
    ...['.ts', '.tsx', '.js', '.mjs', '.json'].flatMap((ext) => [
      `${base}${ext}`,
      path.join(base, `index${ext}`),
    ]),
  ]
  // Imports written with .js for a .ts file, as TypeScript's node resolution allows.
  if (/\.js$/.test(base))
    candidates.push(base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'))
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

it('covers every file of ours that the admin imports, inside cms/ or outside it', async () => {
  const sources = new Set(await cmsBuildSources(repoRoot))
  const aliases = await pathAliases()
  const code = /\.(ts|tsx|js|mjs)$/
  const queue = [...sources].filter((file) => file.startsWith('cms/') && code.test(file))
  const seen = new Set(queue)
  const outside: string[] = []
  while (queue.length > 0) {
    const file = queue.shift()!
    const text = await readFile(path.join(repoRoot, file), 'utf8')
    const specifiers = [...text.matchAll(/(?:from|import\(|import)\s*['"]([^'"]+)['"]/g)].map(
      (match) => match[1]!,
    )
    for (const specifier of specifiers) {
      const target = resolveOwn(path.join(repoRoot, file), specifier, aliases)
      if (!target || target.includes(`${path.sep}node_modules${path.sep}`)) continue
      const relative = path.relative(repoRoot, target).split(path.sep).join('/')
      if (seen.has(relative)) continue
      seen.add(relative)
      if (!relative.startsWith('cms/')) outside.push(relative)
      if (code.test(relative)) queue.push(relative)
    }
  }
  // The admin does import shared code from outside cms/ (the domain's rules and vocabularies).
  expect(outside.some((file) => file.startsWith('domain/'))).toBe(true)
  for (const file of [...seen]) expect(sources, `${file} is not hashed`).toContain(file)
  expect(CMS_BUILD_INPUTS).toContain('cms')
})

describe('a build that a server uses', () => {
  it('is not replaced: the rebuild is refused with a message naming the server', async () => {
    const buildDir = await mkdtemp(path.join(tmpdir(), 'cbs-next-'))
    cleanups.push(() => rm(buildDir, { recursive: true, force: true }))
    await mkdir(path.join(buildDir, 'serving'))
    // A server that exits leaves its file behind (as after kill -9): it no longer counts.
    const gone = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => gone.on('exit', resolve))
    await writeFile(path.join(buildDir, 'serving', String(gone.pid)), '')
    expect(servingPids(buildDir)).toEqual([])
    expect(() => refuseIfServed(buildDir)).not.toThrow()

    // A live process that is not a Next server (its pid reused) does not count either.
    await writeFile(path.join(buildDir, 'serving', String(process.pid)), '')
    expect(servingPids(buildDir)).toEqual([])

    // A running `next start`: a stand-in whose command line names Next, as the real one's does.
    const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'next', 'start'])
    cleanups.push(async () => {
      server.kill()
      await new Promise((resolve) => server.on('exit', resolve))
    })
    await writeFile(path.join(buildDir, 'serving', String(server.pid)), '')
    expect(servingPids(buildDir)).toEqual([server.pid])
    expect(() => refuseIfServed(buildDir)).toThrow(
      new RegExp(`обслуговує процес ${server.pid}\\. Зупиніть його`),
    )
  })
})
