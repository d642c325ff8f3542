/**
 * A scratch folder for the file cmdlet tests, holding the same files the expected outputs were
 * produced with in real pwsh 7.6.9: data/users.csv, data/lines.txt and data/sub/deep.txt, all
 * last written 2024-03-05 14:07 UTC. Output paths are shown with the folder replaced by WORK.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs, type PsRun } from '../../helpers/runPs.js';

export interface FileCase {
  readonly name: string;
  readonly script: string;
  /** What pwsh 7.6.9 wrote to stdout, the folder shown as WORK. */
  readonly expected: string;
}

export function makeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenantsh-files-'));
  mkdirSync(join(dir, 'data', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'data', 'users.csv'), 'Name,Dept\nAnn,IT\nBob,HR\n');
  writeFileSync(join(dir, 'data', 'lines.txt'), 'one\ntwo\nthree\n');
  writeFileSync(join(dir, 'data', 'sub', 'deep.txt'), 'x\n');
  const written = new Date('2024-03-05T14:07:00Z');
  for (const p of ['data/users.csv', 'data/lines.txt', 'data/sub/deep.txt', 'data/sub', 'data']) {
    utimesSync(join(dir, p), written, written);
  }
  return dir;
}

/** Runs a script in a fresh fixture folder; its path is replaced by WORK in the output. */
export function runInFixture(script: string): PsRun {
  const dir = makeFixture();
  try {
    const run = runPs(script + '\n', { cwd: dir });
    return { ...run, stdout: run.stdout.replaceAll(dir, 'WORK'), stderr: run.stderr.replaceAll(dir, 'WORK') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
