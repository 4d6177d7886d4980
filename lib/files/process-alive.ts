// Whether a process of this host still lives: how a lock, or a staging tree or scratch directory, left by a
// killed run is told from one in use.
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== "ESRCH";
  }
}
