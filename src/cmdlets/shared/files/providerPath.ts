/**
 * What a path argument names: a file-system path (made absolute against the current location),
 * a variable or environment variable (`variable:x`, `env:HOME`), or a drive this session does
 * not have (`C:\` on Linux, `HKLM:`). Both `/` and `\` separate path parts, as pwsh on Linux
 * accepts, and `~` is the home folder. Provider-qualified paths
 * (`Microsoft.PowerShell.Core\FileSystem::/tmp`) are understood too, since items carry them in
 * PSPath and PSParentPath.
 */
import { posix } from 'node:path';

export type ProviderPath =
  | { readonly kind: 'FileSystem'; readonly full: string }
  /** `name` is '' for the drive itself (`variable:`), which lists every variable. */
  | { readonly kind: 'Variable'; readonly name: string }
  | { readonly kind: 'Environment'; readonly name: string }
  | { readonly kind: 'UnknownDrive'; readonly drive: string };

const PROVIDER_PREFIX = /^(?:Microsoft\.PowerShell\.Core\\)?(FileSystem|Variable|Environment)::/i;
const DRIVE_QUALIFIER = /^([A-Za-z][\w-]*):(.*)$/s;

export const FILE_SYSTEM_PREFIX = 'Microsoft.PowerShell.Core\\FileSystem::';

/** Where relative paths start and what `~` means. */
export interface PathBase {
  readonly location: string;
  readonly home: string;
}

export function parseProviderPath(text: string, base: PathBase): ProviderPath {
  const provider = PROVIDER_PREFIX.exec(text);
  if (provider) {
    const rest = text.slice(provider[0].length);
    const kind = provider[1]!.toLowerCase();
    if (kind === 'variable') return { kind: 'Variable', name: stripSeparators(rest) };
    if (kind === 'environment') return { kind: 'Environment', name: stripSeparators(rest) };
    return { kind: 'FileSystem', full: fileSystemPath(rest, base) };
  }
  const drive = DRIVE_QUALIFIER.exec(text);
  if (drive) {
    const name = drive[1]!.toLowerCase();
    if (name === 'variable') return { kind: 'Variable', name: stripSeparators(drive[2]!) };
    if (name === 'env') return { kind: 'Environment', name: stripSeparators(drive[2]!) };
    return { kind: 'UnknownDrive', drive: drive[1]! };
  }
  return { kind: 'FileSystem', full: fileSystemPath(text, base) };
}

function stripSeparators(name: string): string {
  return name.replace(/^[\\/]+/, '');
}

/** The absolute, normalised form of a file-system path (no trailing separator except the root). */
export function fileSystemPath(text: string, base: PathBase): string {
  let p = text.replaceAll('\\', '/');
  if (p === '~' || p.startsWith('~/')) p = base.home + p.slice(1);
  const absolute = posix.isAbsolute(p) ? p : posix.join(base.location, p);
  const normal = posix.normalize(absolute);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** The folder part of an absolute path ('' for the root), as PSParentPath uses it. */
export function parentOf(full: string): string {
  if (full === '/') return '';
  const i = full.lastIndexOf('/');
  return i <= 0 ? '/' : full.slice(0, i);
}

/** The last part of a path. */
export function leafOf(full: string): string {
  const trimmed = full.length > 1 ? full.replace(/\/+$/, '') : full;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
