/**
 * Set-Location's step, shared with Push-Location and Pop-Location: the target must be an existing
 * folder (a wildcard must match one); the runtime's location, which $PWD and relative paths read,
 * is then changed.
 */
import { statSync } from 'node:fs';
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import { hasWildcards } from '../../../runtime/regex/wildcard.js';
import { driveNotFound, notSupportedOnDrive, pathNotFound } from './commandErrors.js';
import { pathBaseOf } from './cmdletPaths.js';
import { parseProviderPath } from './providerPath.js';
import { expandWildcardPath } from './wildcardPaths.js';

/** The folder `text` names, or null after writing the error. */
export function resolveLocation(c: CmdletCall<unknown>, text: string, literal: boolean): string | null {
  const parsed = parseProviderPath(text, pathBaseOf(c));
  if (parsed.kind === 'UnknownDrive') {
    c.writeError(driveNotFound(c.commandName, parsed.drive));
    return null;
  }
  if (parsed.kind !== 'FileSystem') {
    c.writeError(notSupportedOnDrive(c.commandName, 'Changing the location to the variable: or env: drive'));
    return null;
  }
  let full = parsed.full;
  if (!literal && hasWildcards(full)) {
    const matches = expandWildcardPath(full);
    if (matches.length !== 1) {
      c.writeError(pathNotFound(c.commandName, full));
      return null;
    }
    full = matches[0]!;
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    c.writeError(pathNotFound(c.commandName, full));
    return null;
  }
  if (!isFolder) {
    c.writeError(pathNotFound(c.commandName, text));
    return null;
  }
  return full;
}
