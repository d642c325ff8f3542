/**
 * The process's streams for the runtime: stdout and stderr written synchronously (so output and
 * errors interleave in order and nothing is lost at exit), and stdin read line by line when it is
 * not a terminal (Read-Host, Get-Credential, confirmation prompts).
 */
import { readFileSync, writeSync } from 'node:fs';
import type { HostIO } from '../runtime/host.js';

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

export class ProcessIO implements HostIO {
  private lines: string[] | null = null;
  private pending = '';

  constructor(private readonly stdinText: string | null = null) {}

  private lastFlush = process.hrtime.bigint();

  /** Output is written in batches (fast for big tables) but never held more than a tenth of a second. */
  stdout(text: string): void {
    this.pending += text;
    if (this.pending.length > 1 << 16 || process.hrtime.bigint() - this.lastFlush > 100_000_000n) this.flush();
  }

  stderr(text: string): void {
    this.flush();
    writeAll(2, text);
  }

  flush(): void {
    if (this.pending) {
      writeAll(1, this.pending);
      this.pending = '';
    }
    this.lastFlush = process.hrtime.bigint();
  }

  readLine(): string | null {
    if (this.lines === null) {
      let text = this.stdinText;
      if (text === null) {
        if (process.stdin.isTTY) text = '';
        else {
          try {
            text = readFileSync(0, 'utf8');
          } catch {
            text = '';
          }
        }
      }
      this.lines = text.split(/\r?\n/);
      if (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    }
    this.flush();
    return this.lines.length > 0 ? this.lines.shift()! : null;
  }
}
