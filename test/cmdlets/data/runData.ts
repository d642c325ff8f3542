/**
 * Runs a data-cmdlet test script and returns its stdout in the form the conformance suite
 * compares: trailing whitespace of each line and blank lines at the end ignored.
 */
import { runPs } from '../../helpers/runPs.js';

function normalize(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

export function runData(script: string, cwd?: string): string {
  return normalize(runPs(script, cwd === undefined ? {} : { cwd }).stdout);
}

runData.normalize = normalize;
