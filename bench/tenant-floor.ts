/**
 * The floor of issue 5's tenant benchmarks, run in its own process by bench/tenant.ts: one load
 * (read the file, JSON.parse) and one save (JSON.stringify, write the same file) of a tenant file,
 * nothing else. Prints `{"loadMs":…,"saveMs":…,"maxRssKb":…}` on stdout; the parent measures the
 * process's wall time and, where /usr/bin/time is present, its peak memory from outside.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: node tenant-floor.js TENANT.json');
const start = process.hrtime.bigint();
const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
const loaded = process.hrtime.bigint();
writeFileSync(file, JSON.stringify(doc));
const saved = process.hrtime.bigint();
const ms = (from: bigint, to: bigint): number => Number(to - from) / 1e6;
process.stdout.write(
  JSON.stringify({
    loadMs: ms(start, loaded),
    saveMs: ms(loaded, saved),
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
