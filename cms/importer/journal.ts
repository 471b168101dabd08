import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * What an interrupted import already wrote: identifier → fingerprint of the row it wrote. A run
 * of the same sheet with the same choices skips those rows and goes on with the rest; a
 * completed run removes its journal.
 */
export class ImportJournal {
  private readonly done: Map<string, string>

  private constructor(
    readonly file: string,
    done: Record<string, string>,
  ) {
    this.done = new Map(Object.entries(done))
  }

  /** The journal of `sheet` imported with `choices` (collection, draft or published). */
  static open(dir: string, sheet: Uint8Array, choices: string): ImportJournal {
    const key = createHash('sha256').update(sheet).update(`\0${choices}`).digest('hex').slice(0, 20)
    const file = path.join(dir, `import-${key}.json`)
    let done: Record<string, string> = {}
    if (existsSync(file)) {
      try {
        done = (JSON.parse(readFileSync(file, 'utf8')) as { done: Record<string, string> }).done
      } catch {
        // A journal cut off mid-write: start over; the import is idempotent anyway.
      }
    }
    return new ImportJournal(file, done)
  }

  get resuming(): boolean {
    return this.done.size > 0
  }

  isDone(identifier: string, fingerprint: string): boolean {
    return this.done.get(identifier) === fingerprint
  }

  async markDone(identifier: string, fingerprint: string): Promise<void> {
    this.done.set(identifier, fingerprint)
    await mkdir(path.dirname(this.file), { recursive: true })
    // Write then rename: a crash never leaves a half-written journal.
    await writeFile(`${this.file}.tmp`, JSON.stringify({ done: Object.fromEntries(this.done) }))
    await rename(`${this.file}.tmp`, this.file)
  }

  async finish(): Promise<void> {
    await rm(this.file, { force: true })
  }
}
