import { readdirSync, readFileSync } from 'node:fs'

/**
 * The process ids of this process's children that run the publisher's build process script
 * (cms/publisher/standby/runner.ts). Linux only: read from /proc.
 */
export function buildProcesses(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return (
          parent === process.pid &&
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('standby/runner.ts')
        )
      } catch {
        return false // gone meanwhile
      }
    })
}

/** A process's resident memory in MB, or undefined once it has exited. */
export function residentMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024)
  } catch {
    return undefined
  }
}
