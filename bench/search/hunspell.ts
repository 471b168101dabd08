import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Inflected forms of Ukrainian words from Debian's hunspell-uk dictionary (expanded with
 * `unmunch` from hunspell-tools): a morphological dictionary that this project did not write,
 * used only to measure the search, never by it.
 */

const DIC = '/usr/share/hunspell/uk_UA.dic'
const AFF = '/usr/share/hunspell/uk_UA.aff'
export const HUNSPELL_HINT =
  'hunspell-uk is missing: apt-get install hunspell-uk hunspell-tools (Debian) to measure inflection recall'

export function hunspellAvailable(): boolean {
  return (
    existsSync(DIC) &&
    existsSync(AFF) &&
    spawnSync('sh', ['-c', 'command -v unmunch'], { encoding: 'utf8' }).status === 0
  )
}

const SENTINEL = 'zzzzsentinel'

/** Every dictionary entry of the given lemmas, expanded to their forms (lemma first). */
export function paradigms(lemmas: string[]): Map<string, string[]> {
  const wanted = new Set(lemmas)
  const entries: Array<{ lemma: string; line: string }> = []
  for (const line of readFileSync(DIC, 'utf8').split('\n').slice(1)) {
    const root = line.split('/')[0]!.trim()
    if (wanted.has(root)) entries.push({ lemma: root, line: line.trim() })
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'unmunch-'))
  try {
    const dic = path.join(dir, 'words.dic')
    const lines = entries.flatMap((entry) => [entry.line, SENTINEL])
    writeFileSync(dic, `${lines.length}\n${lines.join('\n')}\n`)
    const result = spawnSync('unmunch', [dic, AFF], {
      encoding: 'utf8',
      maxBuffer: 512 << 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    if (result.status !== 0)
      throw new Error(`unmunch failed (${result.status ?? result.error?.message})`)
    const forms = new Map<string, Set<string>>()
    let group = 0
    let current = new Set<string>()
    for (const raw of result.stdout.split('\n')) {
      const word = raw.trim()
      if (!word) continue
      if (word === SENTINEL) {
        const lemma = entries[group]?.lemma
        if (lemma) {
          const set = forms.get(lemma) ?? new Set<string>()
          for (const form of current) set.add(form)
          forms.set(lemma, set)
        }
        group += 1
        current = new Set<string>()
        continue
      }
      current.add(word.toLowerCase())
    }
    return new Map([...forms].map(([lemma, set]) => [lemma, [...set]]))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
