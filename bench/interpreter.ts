/**
 * Interpreter speed against plain JavaScript doing the same work in the same process: a
 * 1,000,000-iteration foreach loop with arithmetic (target ≤ 100×), and the pipeline
 * `1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum` (target ≤ 200×). Both sides print
 * their result, so neither can be optimised away, and the results must agree.
 */
import { Runtime } from '../src/runtime/Runtime.js';
import { runScriptText } from '../src/runtime/session.js';
import { BufferedIO } from '../src/runtime/host.js';
import { allCmdlets } from '../src/cmdlets/index.js';
import { systemClock } from '../src/runtime/systemClock.js';

const N = 1_000_000;

function runPs(text: string): { ms: number; out: string } {
  const io = new BufferedIO();
  const rt = new Runtime({ io, clock: systemClock(false), cwd: process.cwd(), env: new Map(), width: 79, cmdlets: allCmdlets });
  const start = process.hrtime.bigint();
  runScriptText(rt, text, '<bench>', [], false);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (io.err) throw new Error(`benchmark script failed: ${io.err}`);
  return { ms, out: io.out.trim() };
}

function timeJs(f: () => number): { ms: number; out: string } {
  const start = process.hrtime.bigint();
  const result = f();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, out: String(result) };
}

/** The range 1..N as an array, as PowerShell materialises it (a plain loop: the fastest way to fill it). */
function range(): number[] {
  const items = new Array<number>(N);
  for (let i = 0; i < N; i++) items[i] = i + 1;
  return items;
}

/** The range is materialised, as `1..N` is in PowerShell; then the loop adds. */
function jsLoop(): number {
  const items = range();
  let sum = 0;
  for (const i of items) sum += i * 2;
  return sum;
}

/** Each stage hands items to the next one at a time, as the pipeline does. */
function jsPipeline(): number {
  const items = range();
  let sum = 0;
  const measure = (v: number): void => {
    sum += v;
  };
  const forEach = (v: number): void => measure(v * 2);
  for (const i of items) forEach(i);
  return sum;
}

function best<T extends { ms: number }>(runs: number, f: () => T): T {
  let result = f();
  for (let i = 1; i < runs; i++) {
    const r = f();
    if (r.ms < result.ms) result = r;
  }
  return result;
}

export function interpreterBenchmarks(): string[] {
  const lines: string[] = [];
  const loopPs = best(3, () => runPs(`$sum = 0\nforeach ($i in 1..${N}) { $sum += $i * 2 }\n$sum`));
  const loopJs = best(5, () => timeJs(jsLoop));
  if (loopPs.out !== loopJs.out) throw new Error(`loop results differ: ${loopPs.out} vs ${loopJs.out}`);
  lines.push(
    `interpreter-loop (foreach over 1..${N}, $sum += $i * 2 = ${loopPs.out}): ${loopPs.ms.toFixed(0)} ms · ratio ${(loopPs.ms / loopJs.ms).toFixed(1)} (tenantsh / plain JS at ${loopJs.ms.toFixed(1)} ms; target ≤ 100)`,
  );
  const pipePs = best(3, () => runPs(`(1..${N} | ForEach-Object { $_ * 2 } | Measure-Object -Sum).Sum`));
  const pipeJs = best(5, () => timeJs(jsPipeline));
  if (pipePs.out !== pipeJs.out) throw new Error(`pipeline results differ: ${pipePs.out} vs ${pipeJs.out}`);
  lines.push(
    `interpreter-pipeline (1..${N} | ForEach-Object { $_ * 2 } | Measure-Object -Sum = ${pipePs.out}): ${pipePs.ms.toFixed(0)} ms · ratio ${(pipePs.ms / pipeJs.ms).toFixed(1)} (tenantsh / plain JS at ${pipeJs.ms.toFixed(1)} ms; target ≤ 200)`,
  );
  return lines;
}
