/** Where seed and setup steps report; the CLI prints, tests may collect or silence it. */
export type Reporter = (line: string) => void

export const printToConsole: Reporter = (line) => {
  process.stdout.write(`${line}\n`)
}

/** Reports "label  n/total" as work advances, about five times per set. */
export function progress(report: Reporter, label: string, total: number): (done: number) => void {
  const every = Math.max(1, Math.ceil(total / 5))
  return (done) => {
    if (done === total || done % every === 0)
      report(`  ${label.padEnd(22)} ${String(done).padStart(4)}/${total}`)
  }
}
