/**
 * Regression cases of real pwsh behaviour that admin scripts rely on, beyond shared/conformance:
 * every <area>/NAME.ps1 here runs in-process and its stdout must equal NAME.out, which
 * generate.sh produced with real pwsh 7.6.9. Prints `pwsh-cases: N passed, M failed`.
 */
import { defineCaseSuite } from '../../helpers/caseSuite.js';
import { runCase } from '../../conformance/runCase.js';
import { expectedFailures } from './expected-failures.js';

defineCaseSuite('pwsh-cases', import.meta.dirname, expectedFailures, runCase);
