/** Whether a process with this id is alive on this machine (signal 0 only asks, it sends nothing). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
