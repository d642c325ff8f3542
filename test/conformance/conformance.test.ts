/**
 * The PowerShell language yardstick: every case in shared/conformance, run in-process. Prints
 * `conformance: N passed, M failed` (M counts the listed expected failures).
 */
import { resolve } from 'node:path';
import { defineCaseSuite } from '../helpers/caseSuite.js';
import { runCase } from './runCase.js';
import { expectedFailures } from './expected-failures.js';

defineCaseSuite('conformance', resolve(import.meta.dirname, '../../../shared/conformance'), expectedFailures, runCase);
