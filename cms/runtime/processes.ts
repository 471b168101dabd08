/** Whether a process with this id is alive on this machine (signal 0 only asks, it sends nothing). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Exits once what this process wrote has left it. Writes to a pipe are asynchronous, and
 * `process.exit` drops what is still queued: a build's last lines («[build] Complete!», or the
 * error of a failed build) or an export piped to another program were cut short on a busy
 * machine. An empty write's callback runs after every write queued before it.
 */
export function exitAfterOutput(code: number): void {
  let open = 2
  const flushed = () => {
    open -= 1
    if (open === 0) process.exit(code)
  }
  process.stdout.write('', flushed)
  process.stderr.write('', flushed)
}
