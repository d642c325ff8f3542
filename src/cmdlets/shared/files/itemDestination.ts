/**
 * Where Copy-Item and Move-Item put an item: the -Destination path, or inside it when it is an
 * existing folder (`Copy-Item a.txt backup/` gives backup/a.txt). No destination: the current
 * location.
 */
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { driveNotFound } from './commandErrors.js';
import { pathBaseOf } from './cmdletPaths.js';
import { isDirectory } from './fileWrite.js';
import { leafOf, parseProviderPath } from './providerPath.js';

/** The destination folder or file for `source`, or null after writing the error. */
export function itemDestination(c: CmdletCall<unknown>, source: string, destination: unknown): string | null {
  const base = pathBaseOf(c);
  const text = destination === undefined || destination === null ? base.location : toStr(destination);
  const parsed = parseProviderPath(text, base);
  if (parsed.kind !== 'FileSystem') {
    c.writeError(driveNotFound(c.commandName, parsed.kind === 'UnknownDrive' ? parsed.drive : parsed.kind));
    return null;
  }
  if (isDirectory(parsed.full) && parsed.full !== source) return `${parsed.full === '/' ? '' : parsed.full}/${leafOf(source)}`;
  return parsed.full;
}
