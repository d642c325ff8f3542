/**
 * Parse throughput on the example admin scripts, against tree-sitter-powershell (a native parser
 * from prebuilt binaries, an optional dependency) on the same text. The target is a ratio of at
 * least 0.3.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseScript } from '../src/language/parse.js';

const examplesFolder = new URL('../../scripts/examples/', import.meta.url).pathname;

function corpus(): string[] {
  return readdirSync(examplesFolder).filter((f) => f.endsWith('.ps1')).sort().map((f) => readFileSync(join(examplesFolder, f), 'utf8'));
}

/** MB/s of `parse` over `texts`, repeated until at least `minMs` have passed (after a warm-up). */
function measure(texts: string[], parse: (text: string) => unknown, minMs = 2000): number {
  for (const t of texts) parse(t);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const t of texts) parse(t);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (bytes * rounds) / 1e6 / (elapsed / 1000);
}

interface TreeSitterParser {
  setLanguage(language: unknown): void;
  parse(text: string): unknown;
}

async function treeSitter(): Promise<((text: string) => unknown) | null> {
  try {
    const require = createRequire(import.meta.url);
    const Parser = require('tree-sitter') as new () => TreeSitterParser;
    // Imported by name at run time: it is optional, and has no type declarations.
    const name = 'tree-sitter-powershell';
    const language = ((await import(name)) as { default: unknown }).default;
    const parser = new Parser();
    parser.setLanguage(language);
    // tree-sitter's default buffer is too small for the larger scripts.
    return (text: string) => (parser.parse as (t: string, old?: unknown, o?: unknown) => unknown)(text, undefined, { bufferSize: 1024 * 1024 });
  } catch {
    return null;
  }
}

export async function parseThroughput(): Promise<string[]> {
  const texts = corpus();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ours = measure(texts, (t) => parseScript(t));
  const baseline = await treeSitter();
  const label = `parse-throughput (${texts.length} scripts, ${(bytes / 1024).toFixed(0)} KiB)`;
  if (!baseline) {
    return [`${label}: ${ours.toFixed(2)} MB/s · ratio skipped (tree-sitter-powershell is not installed)`];
  }
  const theirs = measure(texts, baseline);
  return [
    `${label}: ${ours.toFixed(2)} MB/s · ratio ${(ours / theirs).toFixed(2)} (tenantsh / tree-sitter-powershell at ${theirs.toFixed(2)} MB/s)`,
  ];
}
