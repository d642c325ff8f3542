/**
 * The file an output cmdlet (Export-Csv, Out-File, Set-Content) writes: its -Path made absolute.
 * A wildcard in -Path must name exactly one existing file, else it is taken literally.
 */
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import { hasWildcards, unescapeWildcards } from '../../../runtime/regex/wildcard.js';
import { driveNotFound } from './commandErrors.js';
import { pathBaseOf } from './cmdletPaths.js';
import { parseProviderPath } from './providerPath.js';
import { expandWildcardPath } from './wildcardPaths.js';

export function resolveOutputPath(c: CmdletCall<unknown>, text: string, literal: boolean): string {
  const parsed = parseProviderPath(text, pathBaseOf(c));
  if (parsed.kind === 'UnknownDrive') return c.fail(driveNotFound(c.commandName, parsed.drive));
  if (parsed.kind !== 'FileSystem') return c.fail(driveNotFound(c.commandName, parsed.kind === 'Variable' ? 'Variable' : 'Env'));
  if (literal || !hasWildcards(parsed.full)) return parsed.full;
  const matches = expandWildcardPath(parsed.full);
  return matches.length === 1 ? matches[0]! : unescapeWildcards(parsed.full);
}
