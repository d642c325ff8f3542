/** The missing-item error of the variable: and env: drives (`Cannot find path 'Variable:/x' ...`). */
import type { ErrorSpec } from '../../../runtime/errors.js';
import { pathNotFound } from './commandErrors.js';

export function driveItemNotFound(commandName: string, kind: 'Variable' | 'Environment', name: string): ErrorSpec {
  return pathNotFound(commandName, `${kind === 'Variable' ? 'Variable' : 'Env'}:/${name}`);
}
