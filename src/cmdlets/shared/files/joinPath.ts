/**
 * Path text operations of Join-Path and Split-Path, as pwsh on Linux does them: `\` and `/` both
 * separate, results use `/`, and a drive qualifier (`C:`, `env:`) is kept in front.
 */

/** `a` + `b` with exactly one separator between them. */
export function joinTwo(base: string, child: string): string {
  const left = base.replaceAll('\\', '/');
  const right = child.replaceAll('\\', '/').replace(/^\/+/, '');
  if (left === '') return right;
  if (right === '') return left;
  return left.endsWith('/') ? left + right : `${left}/${right}`;
}

const QUALIFIER = /^([A-Za-z][\w-]*:)(.*)$/s;

/** The drive qualifier (`C:`, `variable:`), or null when the path has none. */
export function qualifierOf(path: string): string | null {
  const m = QUALIFIER.exec(path);
  return m ? m[1]! : null;
}

/** The path without its drive qualifier, separators as given. */
export function withoutQualifier(path: string): string {
  const m = QUALIFIER.exec(path);
  return m ? m[2]! : path;
}

/** The last part, ignoring trailing separators. */
export function leafPart(path: string): string {
  const p = path.replaceAll('\\', '/').replace(/\/+$/, '');
  const rest = withoutQualifier(p);
  return rest.slice(rest.lastIndexOf('/') + 1);
}

/** The path up to its last part ('' for a single part), separators made `/`; null for a root. */
export function parentPart(path: string): string | null {
  const p = path.replaceAll('\\', '/');
  const qualifier = qualifierOf(p) ?? '';
  const rest = p.slice(qualifier.length);
  const trimmed = rest.length > 1 ? rest.replace(/\/+$/, '') : rest;
  if (trimmed === '/' || (trimmed === '' && qualifier !== '')) return null;
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return qualifier;
  if (i === 0) return qualifier + '/';
  return qualifier + trimmed.slice(0, i);
}
