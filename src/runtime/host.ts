/**
 * The runtime's outside world: where text goes, where input lines come from, and what time it is.
 * The CLI provides process streams; tests provide buffers.
 */
export interface HostIO {
  /** Text for stdout (already formatted; the runtime adds newlines). */
  stdout(text: string): void;
  /** Text for stderr. */
  stderr(text: string): void;
  /** One line of stdin, or null when there is none (no input left, or stdin is a terminal). */
  readLine(): string | null;
  /** Pushes buffered output out now (host text is shown as it is written). */
  flush?(): void;
}

/** The source of "now": the tenant clock when a tenant is open, else the system clock. */
export interface Clock {
  nowMs(): number;
  /** Start-Sleep: the tenant clock moves (T-TIME-2) unless --real-time. */
  sleep(ms: number): void;
}

/** Captures output in memory (tests, Out-String of host text). */
export class BufferedIO implements HostIO {
  out = '';
  err = '';
  constructor(private readonly input: string[] = []) {}
  stdout(text: string): void {
    this.out += text;
  }
  stderr(text: string): void {
    this.err += text;
  }
  readLine(): string | null {
    return this.input.length > 0 ? this.input.shift()! : null;
  }
}
