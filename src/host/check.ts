/**
 * `tenantsh check`: reads scripts without running them and reports every problem with its place.
 * Syntax errors (exit 1), then commands, types and features tenantsh does not provide (exit 2).
 */
import { readFile, stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseScript } from '../language/parse.js';
import { formatParseError, parseErrorRecord, type ParseErrorRecord } from './error-view.js';
import { unsupportedFeatures } from './checkSupport.js';

export interface CheckOptions {
  output: 'text' | 'json';
  parseOnly: boolean;
}

export interface CheckReport {
  files: number;
  /** Problems that are not syntax errors (unsupported commands, types, features): exit code 2. */
  unsupported: number;
  /** Each problem as data and as the text view. */
  problems: (ParseErrorRecord & { view: string })[];
  /** Files that could not be read (missing, a folder without scripts, not UTF-8...). */
  unreadable: { file: string; reason: string }[];
}

/** Expands folders to the `.ps1`/`.psm1` files in them, sorted, so `check scripts/` works. */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      files.push(path); // reported as unreadable below
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path, { recursive: true })).map(String).filter((f) => /\.ps(m?)1$/i.test(f)).sort();
      files.push(...entries.map((f) => join(path, f)));
    } else files.push(path);
  }
  return [...new Set(files)];
}

export async function checkFiles(paths: string[], parseOnly = true): Promise<CheckReport> {
  const report: CheckReport = { files: 0, unsupported: 0, problems: [], unreadable: [] };
  for (const file of await expand(paths)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      report.unreadable.push({ file, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String((e as Error).message) });
      continue;
    }
    const text = decode(bytes);
    if (text === null) {
      report.unreadable.push({ file, reason: 'not a text file in UTF-8 or UTF-16 (save it as UTF-8)' });
      continue;
    }
    report.files++;
    const { errors, ast } = parseScript(text, file);
    report.problems.push(...errors.map((e) => ({ ...parseErrorRecord(e), view: formatParseError(e) })));
    if (!parseOnly && errors.length === 0) {
      const unsupported = unsupportedFeatures(ast);
      report.unsupported += unsupported.length;
      report.problems.push(...unsupported.map((e) => ({ ...parseErrorRecord(e), view: formatParseError(e) })));
    }
  }
  return report;
}

/** Text of a file: UTF-8 (with or without BOM) or UTF-16 with a BOM, as pwsh reads scripts. */
export function decode(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Windows PowerShell 5.1 wrote ANSI (Windows-1252) by default; pwsh reads such files as well.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Runs `check`, writes its report, and returns the exit code: 0 clean, 1 parse errors or unreadable files. */
export async function runCheck(paths: string[], options: CheckOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const report = await checkFiles(paths, options.parseOnly);
  if (options.output === 'json') {
    const problems = report.problems.map(({ view: _view, ...record }) => record);
    out.write(JSON.stringify({ files: report.files, problems, unreadable: report.unreadable }, null, 2) + '\n');
  } else {
    for (const p of report.problems) out.write(p.view + '\n\n');
    for (const u of report.unreadable) err.write(`tenantsh check: cannot read ${u.file}: ${u.reason}\n`);
    const n = report.problems.length;
    err.write(`${report.files} file${report.files === 1 ? '' : 's'} checked, ${n} problem${n === 1 ? '' : 's'}.\n`);
  }
  const syntax = report.problems.length - report.unsupported;
  if (syntax > 0 || report.unreadable.length > 0) return 1;
  return report.unsupported > 0 ? 2 : 0;
}
