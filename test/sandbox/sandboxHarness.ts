/**
 * What the sandbox tests share: running a script in a fresh runtime, and the canaries that prove a
 * refused route reached nothing (JS prototypes unchanged, no global set, no file created).
 *
 * The runtime gets every cmdlet `allCmdlets` registers, plus any cmdlet module in
 * src/cmdlets/core/ that is not registered yet (the registration lists are filled in as the
 * cmdlets land). That way ConvertFrom-Json, Import-Csv, Group-Object, Invoke-Expression... are
 * exercised by these tests as soon as their code exists, not only once they are wired in; once
 * everything is registered the extra pass adds nothing.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Runtime } from '../../src/runtime/Runtime.js';
import { runScriptText } from '../../src/runtime/session.js';
import { BufferedIO } from '../../src/runtime/host.js';
import { allCmdlets } from '../../src/cmdlets/index.js';
import type { CmdletInfo } from '../../src/runtime/commands/defineCmdlet.js';
import { fixedClock, type PsRun } from '../helpers/runPs.js';

const coreFolder = new URL('../../src/cmdlets/core/', import.meta.url);

function isCmdletInfo(value: unknown): value is CmdletInfo {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Cmdlet';
}

/** Core cmdlet modules ('Verb-Noun.ts'), loaded one by one so a half-written one skips only itself. */
async function loadCoreCmdlets(): Promise<CmdletInfo[]> {
  const found: CmdletInfo[] = [];
  for (const file of readdirSync(coreFolder).sort()) {
    if (!/^[A-Z][A-Za-z]*-[A-Za-z]+\.ts$/.test(file)) continue;
    try {
      const module = (await import(new URL(file, coreFolder).href)) as { default?: unknown };
      if (isCmdletInfo(module.default)) found.push(module.default);
    } catch {
      // A cmdlet someone is still writing: the tests that need it fail on "not recognized".
    }
  }
  return found;
}

const coreCmdlets = await loadCoreCmdlets();

/** Runs script text the way runPs does, with the extra core cmdlets registered. */
export function runSandboxed(text: string, options: { cwd?: string } = {}): PsRun {
  const io = new BufferedIO([]);
  const rt = new Runtime({
    io,
    clock: fixedClock(),
    cwd: options.cwd ?? process.cwd(),
    env: new Map([['HOME', '/home/admin']]),
    width: 79,
    cmdlets: allCmdlets,
  });
  for (const c of coreCmdlets) if (!rt.cmdlets.has(c.name.toLowerCase())) rt.registerCmdlet(c);
  const { exitCode } = runScriptText(rt, text, '/tmp/sandbox-test.ps1', [], true);
  return { stdout: io.out, stderr: io.err, exitCode };
}

/** A fresh, empty folder for one test's files. */
export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), 'tenantsh-sandbox-'));
}

/** The built-in prototypes a script could try to pollute. */
const watchedPrototypes: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
];

/** Names of global properties a script might set through an escape (checked before and after). */
const canaryGlobals = ['pwned', 'polluted'];

export interface JsWorldSnapshot {
  readonly prototypeKeys: ReadonlyMap<string, string>;
  readonly globalKeys: string;
}

function ownKeysText(o: object): string {
  return Reflect.ownKeys(o)
    .map((k) => String(k))
    .sort()
    .join(',');
}

/** The JS state a sandbox escape would change. */
export function snapshotJsWorld(): JsWorldSnapshot {
  return {
    prototypeKeys: new Map(watchedPrototypes.map(([name, proto]) => [name, ownKeysText(proto)])),
    globalKeys: ownKeysText(globalThis),
  };
}

/** Asserts that nothing in the JS world changed since `before` and no canary is set. */
export function expectJsWorldUnchanged(before: JsWorldSnapshot): void {
  for (const [name, proto] of watchedPrototypes) {
    expect(ownKeysText(proto), `${name} gained or lost a key`).toBe(before.prototypeKeys.get(name));
  }
  expect(ownKeysText(globalThis), 'globalThis gained or lost a key').toBe(before.globalKeys);
  const probe: Record<string, unknown> = {};
  for (const name of canaryGlobals) {
    expect(probe[name], `({}).${name} is set: Object.prototype was polluted`).toBeUndefined();
    expect((globalThis as Record<string, unknown>)[name], `globalThis.${name} is set`).toBeUndefined();
  }
}

/** Runs a script and asserts that the JS world is unchanged afterwards. */
export function runAndCheckCanaries(text: string, options: { cwd?: string } = {}): PsRun {
  const before = snapshotJsWorld();
  const result = runSandboxed(text, options);
  expectJsWorldUnchanged(before);
  return result;
}

/** Text that means the runtime failed instead of refusing: a JS error or stack leaked out. */
const leakedInternals = [
  /tenantsh internal error/i,
  /\bat .+\.(?:ts|js):\d+:\d+/, // a JS stack frame
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError):/,
  /is not a function|Cannot read properties of|undefined is not/,
  /\bE[A-Z]{3,}: /, // a Node errno (EISDIR:, ENOENT:, EACCES:) instead of pwsh's words
];

/** Asserts that the text carries no JS internals (stack, TypeError, internal-error wrapper). */
export function expectNoLeakedInternals(text: string): void {
  for (const pattern of leakedInternals) expect(text, `leaked JS internals (${String(pattern)})`).not.toMatch(pattern);
}

/**
 * Asserts a clean refusal: stderr carries a PowerShell error whose message matches `message`, and
 * nothing from JS (stack trace, TypeError, "internal error") leaked into any output.
 */
export function expectRefused(result: PsRun, message: RegExp): void {
  expect(result.stderr, 'expected a PowerShell error on stderr').not.toBe('');
  expect(result.stderr).toMatch(message);
  expectNoLeakedInternals(result.stderr);
  expectNoLeakedInternals(result.stdout);
}
