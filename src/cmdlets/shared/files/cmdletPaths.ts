/**
 * Path arguments as the item cmdlets use them: -Path with wildcards, -LiteralPath without; a
 * missing path is pwsh's PathNotFound error (non-terminating, so the other paths still run), an
 * unknown drive DriveNotFound, and a wildcard that matches nothing is silently nothing.
 */
import type { CmdletCall } from '../../../runtime/commands/CmdletCall.js';
import { hasWildcards } from '../../../runtime/regex/wildcard.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { driveNotFound, pathNotFound } from './commandErrors.js';
import { pathExists } from './fileWrite.js';
import { parseProviderPath, type PathBase, type ProviderPath } from './providerPath.js';
import { expandWildcardPath } from './wildcardPaths.js';

/** The current location and home folder of the command's caller. */
export function pathBaseOf(c: CmdletCall<unknown>): PathBase {
  const home = c.callerCtx.scope.lookup('home')?.value;
  return {
    location: c.callerCtx.rt.location,
    home: typeof home === 'string' && home !== '' ? home : (c.callerCtx.rt.env.get('HOME') ?? '/'),
  };
}

/** The path arguments given as -Path (wildcards) or -LiteralPath (literal). */
export function pathArguments(path: unknown, literalPath: unknown): { texts: string[]; literal: boolean } {
  const literal = literalPath !== undefined && literalPath !== null;
  const raw = literal ? literalPath : path;
  const texts = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map((p) => toStr(p)) : [toStr(raw)];
  return { texts, literal };
}

/**
 * What one path argument names, existing items only: wildcards expanded (unless literal), a
 * missing file-system path reported as PathNotFound and an unknown drive as DriveNotFound.
 * Variable and environment paths are returned as parsed; their cmdlets check them.
 */
export function existingItems(c: CmdletCall<unknown>, text: string, literal: boolean): ProviderPath[] {
  const parsed = parseProviderPath(text, pathBaseOf(c));
  if (parsed.kind === 'UnknownDrive') {
    c.writeError(driveNotFound(c.commandName, parsed.drive));
    return [];
  }
  if (parsed.kind !== 'FileSystem') return [parsed];
  if (!literal && hasWildcards(parsed.full)) {
    return expandWildcardPath(parsed.full).map((full) => ({ kind: 'FileSystem', full }));
  }
  if (!pathExists(parsed.full)) {
    c.writeError(pathNotFound(c.commandName, parsed.full));
    return [];
  }
  return [parsed];
}

/** Only file-system paths: a variable or environment path is refused with `what` named. */
export function existingFileSystemPaths(c: CmdletCall<unknown>, texts: readonly string[], literal: boolean): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const item of existingItems(c, text, literal)) {
      if (item.kind === 'FileSystem') out.push(item.full);
      else c.writeError(pathNotFound(c.commandName, text));
    }
  }
  return out;
}
