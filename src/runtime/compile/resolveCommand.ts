/**
 * Command discovery (about_Command_Precedence): aliases, then functions, then cmdlets, then script
 * files by path. tenantsh never runs external programs; naming one is an error that says so.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Extent } from '../../language/ast.js';
import { parseScript } from '../../language/parse.js';
import type { CmdletInfo } from '../commands/defineCmdlet.js';
import { toStr } from '../convert/toStringValue.js';
import { runtimeError } from '../errors.js';
import type { FunctionInfo } from '../functions/FunctionInfo.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { Ctx } from './Ctx.js';

export type ResolvedCommand =
  | { kind: 'cmdlet'; info: CmdletInfo }
  | { kind: 'function'; info: FunctionInfo }
  | { kind: 'script'; path: string; scriptBlock: ScriptBlockValue };

/** Programs a script might try to start; named in the error so the admin knows why. */
const externalPrograms = new Set([
  'node', 'nodejs', 'npm', 'npx', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh', 'pwsh.exe', 'bash', 'sh', 'zsh',
  'python', 'python3', 'perl', 'ruby', 'curl', 'wget', 'ssh', 'git', 'whoami', 'hostname', 'ping', 'ipconfig', 'net',
  'net.exe', 'robocopy', 'xcopy', 'reg', 'reg.exe', 'sc', 'sc.exe', 'schtasks', 'wmic', 'certutil', 'msiexec', 'rundll32',
  'regsvr32', 'mshta', 'cscript', 'wscript', 'explorer', 'notepad', 'taskkill', 'tasklist', 'nslookup', 'ls', 'cat', 'rm',
  'cp', 'mv', 'env', 'printenv', 'kill', 'dotnet', 'start-process',
]);

function isFunctionInfo(v: unknown): v is FunctionInfo {
  return typeof v === 'object' && v !== null && 'scriptBlock' in v && 'kind' in v && ((v as FunctionInfo).kind === 'Function' || (v as FunctionInfo).kind === 'Filter');
}

function isCmdletInfo(v: unknown): v is CmdletInfo {
  return typeof v === 'object' && v !== null && (v as CmdletInfo).kind === 'Cmdlet' && 'metadata' in v;
}

export function lookupCommand(ctx: Ctx, name: string): ResolvedCommand | null {
  let n = name;
  const slash = n.lastIndexOf('\\');
  if (slash > 0 && !n.toLowerCase().endsWith('.ps1')) n = n.slice(slash + 1);
  let lower = n.toLowerCase();
  const alias = ctx.scope.lookupAlias(lower) ?? ctx.rt.cmdletAliases.get(lower);
  if (alias) lower = alias.toLowerCase();
  const fn = ctx.rt.lookupFunction(ctx, lower);
  if (fn) return { kind: 'function', info: fn };
  const cmdlet = ctx.rt.cmdlets.get(lower);
  if (cmdlet) return { kind: 'cmdlet', info: cmdlet };
  return null;
}

export function resolveCommand(ctx: Ctx, nameValue: unknown, extent: Extent): ResolvedCommand {
  if (isFunctionInfo(nameValue)) return { kind: 'function', info: nameValue };
  if (isCmdletInfo(nameValue)) return { kind: 'cmdlet', info: nameValue };
  const name = toStr(nameValue);
  const found = lookupCommand(ctx, name);
  if (found) return found;
  if (/\.ps1$/i.test(name) || /[\\/]/.test(name)) {
    // Backslashes separate folders too, as in pwsh on Linux (scripts are written on Windows).
    const slashed = name.replace(/\\/g, '/');
    const path = isAbsolute(slashed) ? slashed : resolve(ctx.rt.location, slashed);
    if (/\.ps1$/i.test(path) && isFile(path)) return { kind: 'script', path, scriptBlock: loadScript(path, extent) };
  }
  const base = name.replace(/^.*[\\/]/, '').toLowerCase();
  if (externalPrograms.has(base) || externalPrograms.has(base.replace(/\.exe$/, ''))) {
    throw runtimeError({
      message: `tenantsh does not run external programs: '${name}' is not a PowerShell command, and scripts run here can reach the system only through cmdlets.`,
      id: 'ExternalProgramNotSupported',
      category: 'PermissionDenied',
      exceptionType: 'System.Management.Automation.CommandNotFoundException',
      target: name,
      extent,
      commandName: name,
    });
  }
  throw runtimeError({
    message: `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    id: 'CommandNotFoundException',
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.CommandNotFoundException',
    target: name,
    extent,
    commandName: name,
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Parsed scripts, keyed by path and modification: a script rewritten mid-run is read again. */
const scriptCache = new Map<string, ScriptBlockValue>();

export function loadScript(path: string, extent: Extent | null): ScriptBlockValue {
  const st = statSync(path);
  const key = `${path}\0${st.mtimeMs}\0${st.size}`;
  const cached = scriptCache.get(key);
  if (cached) return cached;
  const text = readFileSync(path, 'utf8');
  const parsed = parseScript(text, path);
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw runtimeError({
      message: e.message,
      id: e.id,
      category: 'ParserError',
      exceptionType: 'System.Management.Automation.ParseException',
      extent: e.extent ?? extent,
    });
  }
  const sb = new ScriptBlockValue(parsed.ast, parsed.source.text);
  if (scriptCache.size > 256) scriptCache.clear();
  scriptCache.set(key, sb);
  return sb;
}
