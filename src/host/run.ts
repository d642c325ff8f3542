/**
 * `tenantsh SCRIPT.ps1 ARGS...` and `tenantsh -c TEXT`: build a runtime over the process's streams
 * and run. Exit codes as pwsh's: 0, 1 after a terminating error (a parse error included), or N
 * from `exit N`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Runtime } from '../runtime/Runtime.js';
import { runScriptText } from '../runtime/session.js';
import { FileTenantSession } from './TenantSession.js';
import { sessionClock } from './tenantClock.js';
import { runSummary } from './runSummary.js';
import { attachTenantSession } from '../cmdlets/session.js';
import { TenantFileError } from '../tenant/index.js';
import { allCmdlets } from '../cmdlets/index.js';
import { ProcessIO } from './processIO.js';
import type { HostIO } from '../runtime/host.js';
import type { CommandArgument } from '../runtime/binder/CommandArgument.js';
import { scriptArguments } from './scriptArguments.js';
import { decode } from './check.js';

export interface RunOptions {
  script?: string;
  command?: string;
  args: string[];
  tenant?: string;
  as?: string;
  dryRun?: boolean;
  realTime?: boolean;
  output?: 'text' | 'json';
  color?: boolean;
  quiet?: boolean;
}

export function runFromCommandLine(options: RunOptions): number {
  let stdinText: string | null = null;
  let text: string;
  let path: string;
  let isFile: boolean;
  if (options.command !== undefined) {
    if (options.command === '-') {
      stdinText = '';
      text = readFileSync(0, 'utf8');
    } else text = options.command;
    path = '';
    isFile = false;
  } else {
    path = resolve(options.script!);
    try {
      const decoded = decode(readFileSync(path));
      if (decoded === null) {
        process.stderr.write(`tenantsh: ${options.script} is not a text file.\n`);
        return 1;
      }
      text = decoded;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(
        code === 'ENOENT'
          ? `The argument '${options.script}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`
          : `tenantsh: cannot read ${options.script}: ${(e as Error).message}\n`,
      );
      return code === 'ENOENT' ? 64 : 1;
    }
    isFile = true;
  }
  const io = new ProcessIO(stdinText);
  const env = new Map(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === 'string'));
  try {
    return runInHost({ text, path: isFile ? path : '<command>', isFile, args: isFile ? scriptArguments(options.args) : [], io, env, cwd: process.cwd(), options });
  } finally {
    io.flush();
  }
}

export interface HostRun {
  text: string;
  path: string;
  isFile: boolean;
  args: CommandArgument[];
  io: HostIO & { flush?(): void };
  env: Map<string, string>;
  cwd: string;
  options: Omit<RunOptions, 'args'>;
}

/** A runtime over the CLI's tenant session (the file, --as, --dry-run, the tenant clock). */
export function createHostRuntime(io: HostIO, env: Map<string, string>, cwd: string, options: Omit<RunOptions, 'args'>): { rt: Runtime; session: FileTenantSession } {
  const session = new FileTenantSession({
    explicitPath: options.tenant ?? (env.get('TENANTSH_TENANT') || null),
    cwd,
    dryRun: options.dryRun ?? false,
    asUpn: options.as ?? null,
    note: (line) => io.stderr(line + '\n'),
  });
  const rt = new Runtime({ io, clock: sessionClock(session, options.realTime ?? false), cwd, env, width: 79, cmdlets: allCmdlets });
  attachTenantSession(rt, session);
  if (options.output === 'json') rt.services.set('output-format', 'json');
  return { rt, session };
}

/** One run with the tenant session of the CLI: the CLI and the scenario tests both use this. */
export function runInHost(run: HostRun): number {
  const { io, env, options } = run;
  const { rt, session } = createHostRuntime(io, env, run.cwd, options);
  let exitCode = 1;
  try {
    exitCode = runScriptText(rt, run.text, run.path, run.args, run.isFile).exitCode;
  } finally {
    io.flush?.();
    if (!closeSession(session, io, options)) exitCode = 1;
  }
  return exitCode;
}

/** Prints the run summary and saves the tenant; false when saving failed (reported on stderr). */
export function closeSession(session: FileTenantSession, io: HostIO, options: Omit<RunOptions, 'args'>): boolean {
  const tenant = session.current;
  try {
    const summary = tenant && !options.quiet ? runSummary(tenant, options.dryRun ?? false) : null;
    session.close();
    if (summary) io.stderr(summary + '\n');
    return true;
  } catch (e) {
    if (!(e instanceof TenantFileError)) throw e;
    io.stderr(`tenantsh: ${e.message}\n`);
    return false;
  }
}
