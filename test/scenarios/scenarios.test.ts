/**
 * The tenant-rule acceptance cases of shared/scenarios, run in-process with the CLI's tenant
 * session (a fresh empty-sample tenant per case, NAME.setup.ps1 first). Prints
 * `scenarios: N passed, M failed`.
 */
import { resolve } from 'node:path';
import { defineCaseSuite } from '../helpers/caseSuite.js';
import { runScenario } from './runScenario.js';
import { expectedFailures } from './expected-failures.js';

defineCaseSuite('scenarios', resolve(import.meta.dirname, '../../../shared/scenarios'), expectedFailures, (path) => runScenario(path), { timeout: 30_000 });
