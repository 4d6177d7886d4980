// Progress of long work (publish and plan over many Blueprints): one status line on standard error,
// redrawn in place, cleared when the work is done — only when standard error is a terminal, so a piped
// or redirected run prints nothing extra.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const CLEAR_LINE = "\r\x1b[K";

export class Progress {
  private readonly active: boolean;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream = process.stderr,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.active = stream.isTTY === true && env.TERM !== "dumb";
  }

  /** Replaces the status line (cut to the terminal's width, so it never wraps). */
  update(text: string): void {
    if (!this.active) return;
    const width = Math.max(10, (this.stream.columns || 80) - 1); // 0: a terminal of unknown size
    this.stream.write(`${CLEAR_LINE}${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
    this.shown = true;
  }

  /** Clears the line, leaving the terminal as it was. */
  done(): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }

  /** Shows `text` while `work` runs. */
  async during<T>(text: string, work: () => Promise<T>): Promise<T> {
    this.update(text);
    try {
      return await work();
    } finally {
      this.done();
    }
  }
}
