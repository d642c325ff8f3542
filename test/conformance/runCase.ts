/**
 * Runs one case of shared/conformance or shared/scenarios in-process, the way
 * shared/tools/run-cases.sh runs it through the CLI: the case's folder is the current directory,
 * no arguments, no stdin, stdout only, compared after dropping trailing spaces on each line and
 * trailing blank lines.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Runtime } from '../../src/runtime/Runtime.js';
import { runScriptText } from '../../src/runtime/session.js';
import { BufferedIO } from '../../src/runtime/host.js';
import { allCmdlets } from '../../src/cmdlets/index.js';
import { decode } from '../../src/host/check.js';
import { systemClock } from '../../src/runtime/systemClock.js';

export function normalize(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

export interface CaseResult {
  stdout: string;
  stderr: string;
  expected: string;
  passed: boolean;
}

export function runCase(scriptPath: string): CaseResult {
  const io = new BufferedIO([]);
  const rt = new Runtime({
    io,
    clock: systemClock(false),
    cwd: dirname(scriptPath),
    env: new Map(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === 'string')),
    width: 79,
    cmdlets: allCmdlets,
  });
  const text = decode(readFileSync(scriptPath)) ?? '';
  runScriptText(rt, text, scriptPath, [], true);
  const expected = readFileSync(scriptPath.replace(/\.ps1$/, '.out'), 'utf8');
  return { stdout: io.out, stderr: io.err, expected, passed: normalize(io.out) === normalize(expected) };
}
