/** The -Encoding parameter of a cmdlet: null when not given, pwsh's transformation error when unknown. */
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import { badEncoding } from './commandErrors.js';
import { encodingFromArgument, UnknownEncodingError, type FileEncoding } from './fileEncoding.js';

export function encodingArgument(c: CmdletCall<unknown>, value: unknown): FileEncoding | null {
  if (value === undefined || value === null) return null;
  try {
    return encodingFromArgument(value);
  } catch (e) {
    if (e instanceof UnknownEncodingError) c.fail(badEncoding(c.commandName, e.encodingName));
    throw e;
  }
}
