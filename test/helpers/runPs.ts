/** Runs PowerShell text in a fresh in-memory runtime and returns what it printed. */
import { Runtime } from '../../src/runtime/Runtime.js';
import { runScriptText } from '../../src/runtime/session.js';
import { BufferedIO, type Clock } from '../../src/runtime/host.js';
import { allCmdlets } from '../../src/cmdlets/index.js';

export interface PsRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A fixed clock: 2026-01-15 10:00:00 UTC; Start-Sleep moves it. */
export function fixedClock(startMs = Date.UTC(2026, 0, 15, 10, 0, 0)): Clock {
  let now = startMs;
  return { nowMs: () => now, sleep: (ms) => void (now += ms) };
}

export function runPs(text: string, options: { cwd?: string; stdin?: string[]; path?: string; clock?: Clock } = {}): PsRun {
  const io = new BufferedIO(options.stdin ?? []);
  const rt = new Runtime({
    io,
    clock: options.clock ?? fixedClock(),
    cwd: options.cwd ?? process.cwd(),
    env: new Map([['HOME', '/home/admin']]),
    width: 79,
    cmdlets: allCmdlets,
  });
  const { exitCode } = runScriptText(rt, text, options.path ?? '/tmp/test.ps1', [], true);
  return { stdout: io.out, stderr: io.err, exitCode };
}
