/**
 * The session transcript: while one is running, everything the host writes to stdout is appended
 * to the transcript file as well. There is no transcript hook in the runtime, so starting one
 * wraps the HostIO's stdout writer and stopping restores it.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import type { Runtime } from '../../../runtime/Runtime.js';

const SERVICE = 'transcript';
const RULE = '**********************';

class Transcript {
  constructor(
    readonly path: string,
    readonly restore: () => void,
  ) {}
}

export function activeTranscript(rt: Runtime): Transcript | null {
  const t = rt.services.get(SERVICE);
  return t instanceof Transcript ? t : null;
}

/** `yyyyMMddHHmmss`, as pwsh stamps transcript headers. */
export function transcriptStamp(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/** Starts recording to `path` (appending with -Append); throws what the file system throws. */
export function startTranscript(rt: Runtime, path: string, append: boolean): void {
  const header = `${RULE}\nPowerShell transcript start\nStart time: ${transcriptStamp(new Date(rt.clock.nowMs()))}\n${RULE}\n`;
  if (append) appendFileSync(path, header);
  else writeFileSync(path, header);
  const io = rt.io;
  const original = io.stdout;
  io.stdout = (text: string): void => {
    original.call(io, text);
    appendFileSync(path, text);
  };
  rt.services.set(SERVICE, new Transcript(path, () => (io.stdout = original)));
}

/** Stops recording and writes the footer; returns the file's path. */
export function stopTranscript(rt: Runtime, t: Transcript): string {
  t.restore();
  rt.services.delete(SERVICE);
  appendFileSync(t.path, `${RULE}\nPowerShell transcript end\nEnd time: ${transcriptStamp(new Date(rt.clock.nowMs()))}\n${RULE}\n`);
  return t.path;
}
