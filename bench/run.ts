/**
 * `npm run bench`: figures and ratios against baselines measured in the same run, never absolute
 * limits (machines are shared and noisy). Each line: `NAME: FIGURE UNIT · ratio R (what R compares)`.
 */
import { parseThroughput } from './parse-throughput.js';
import { interpreterBenchmarks } from './interpreter.js';
import { tenantBenchmarks } from './tenant.js';

for (const line of await parseThroughput()) console.log(line);
for (const line of interpreterBenchmarks()) console.log(line);
for (const line of tenantBenchmarks()) console.log(line);
