/**
 * `npm run bench`: figures and ratios against baselines measured in the same run, never absolute
 * limits (machines are shared and noisy). Each line: `NAME: FIGURE UNIT · ratio R (what R compares)`.
 */
import { parseThroughput } from './parse-throughput.js';

const lines = await parseThroughput();
for (const line of lines) console.log(line);
