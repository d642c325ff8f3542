/** A fresh temporary folder holding the given files (relative path -> text), for -Path tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function fixtureFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tenantsh-data-'));
  for (const [relative, text] of Object.entries(files)) {
    const full = join(root, relative);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}
