/**
 * -Path globbing: each part of a path may hold wildcards (`./logs/x*.csv`, `2024-??/report.txt`);
 * the matches are the existing items, in name order. Matching ignores case, as pwsh does on
 * Windows, where the scripts run against a tenant come from. -LiteralPath skips all this.
 */
import { readdirSync, statSync } from 'node:fs';
import { hasWildcards, unescapeWildcards, wildcardToRegex } from '../../../runtime/regex/wildcard.js';

/** The existing paths an absolute path with wildcards names; [] when none. */
export function expandWildcardPath(full: string): string[] {
  const parts = full.split('/').filter((p) => p !== '');
  let current = ['/'];
  for (const part of parts) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasWildcards(part)) {
        next.push(join(dir, unescapeWildcards(part)));
        continue;
      }
      const pattern = wildcardToRegex(part);
      for (const name of listNames(dir)) if (pattern.test(name)) next.push(join(dir, name));
    }
    current = next;
  }
  return current.filter(exists).sort(byOrdinalIgnoreCase);
}

export function byOrdinalIgnoreCase(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).sort(byOrdinalIgnoreCase);
  } catch {
    return [];
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
