import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let built: string | undefined;

/**
 * Compiles src/tenant to plain JavaScript in a temp folder (transpile only, no type check: the
 * test run's tsc does that), so child processes can run the real store with plain `node`: the
 * crash and lock tests need separate processes to kill and to compete.
 */
export function buildTenantForChildren(): string {
  if (built) return built;
  const out = mkdtempSync(path.join(tmpdir(), 'tenantsh-build-'));
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.ts')) {
        const js = ts.transpileModule(readFileSync(file, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
        const target = path.join(out, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, js);
      }
    }
  };
  walk(path.join(ROOT, 'src/tenant'));
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
  built = out;
  return out;
}

/** Writes a child script (ESM) into the build folder and returns its path. */
export function childScript(name: string, source: string): string {
  const file = path.join(buildTenantForChildren(), name);
  writeFileSync(file, source);
  return file;
}

/** Removes the build folder (call from afterAll). */
export function removeChildBuild(): void {
  if (built) rmSync(built, { recursive: true, force: true });
  built = undefined;
}
