/**
 * [System.IO.Path]: pure path-string functions with Linux semantics ('/' separator), as pwsh on
 * Linux. Nothing here touches a file system.
 */
import { enumerableItems } from '../values/enumerate.js';
import { charOf, str } from './args.js';
import { argumentNull } from './DotNetError.js';
import { defineStatics } from './families.js';

const fileName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

function extensionIndex(p: string): number {
  const name = fileName(p);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? -1 : p.length - name.length + dot;
}

function extension(p: string): string {
  const i = extensionIndex(p);
  return i < 0 || i === p.length - 1 ? '' : p.slice(i);
}

function combine(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (part === '') continue;
    if (part.startsWith('/')) out = part;
    else out = out === '' || out.endsWith('/') ? out + part : `${out}/${part}`;
  }
  return out;
}

function directoryName(p: string): string | null {
  if (p === '' || p === '/') return null;
  const i = p.lastIndexOf('/');
  if (i < 0) return '';
  if (i === 0) return '/';
  return p.slice(0, i).replace(/\/+$/, '') || '/';
}

const s = (v: unknown): string => str(v) ?? '';
const parts = (v: unknown): string[] => {
  if (v === null) throw argumentNull('paths');
  return (enumerableItems(v) ?? [v]).map((x) => s(x));
};

defineStatics('System.IO.Path')
  .members.property('DirectorySeparatorChar', 'char', () => charOf('/'))
  .property('AltDirectorySeparatorChar', 'char', () => charOf('/'))
  .property('PathSeparator', 'char', () => charOf(':'))
  .property('VolumeSeparatorChar', 'char', () => charOf('/'))
  .method('string Combine(params string[] paths)', (_t, [p]) => combine(parts(p)))
  .method('string Join(params string[] paths)', (_t, [p]) => {
    const list = parts(p).filter((x) => x !== '');
    return list.reduce(
      (acc, x) => (acc === '' ? x : acc.endsWith('/') || x.startsWith('/') ? acc + x : `${acc}/${x}`),
      '',
    );
  })
  .method('string GetFileName(string path)', (_t, [p]) => (p === null ? null : fileName(s(p))))
  .method('string GetFileNameWithoutExtension(string path)', (_t, [p]) => {
    if (p === null) return null;
    const name = fileName(s(p));
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(0, dot);
  })
  .method('string GetExtension(string path)', (_t, [p]) => (p === null ? null : extension(s(p))))
  .method('bool HasExtension(string path)', (_t, [p]) => extension(s(p)) !== '')
  .method('string GetDirectoryName(string path)', (_t, [p]) => (p === null ? null : directoryName(s(p))))
  .method('string ChangeExtension(string path, string extension)', (_t, [p, e]) => {
    if (p === null) return null;
    const path = s(p);
    const i = extensionIndex(path);
    const stem = i < 0 ? path : path.slice(0, i);
    if (e === null) return stem;
    const ext = s(e);
    return ext === '' ? stem + '.' : stem + (ext.startsWith('.') ? ext : '.' + ext);
  })
  .method('bool IsPathRooted(string path)', (_t, [p]) => s(p).startsWith('/'))
  .method('string GetPathRoot(string path)', (_t, [p]) => (s(p).startsWith('/') ? '/' : ''))
  .method('string GetTempPath()', () => '/tmp/')
  .method('char[] GetInvalidFileNameChars()', () => [charOf('\0'), charOf('/')])
  .method('char[] GetInvalidPathChars()', () => [charOf('\0')]);
