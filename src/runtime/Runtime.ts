/**
 * One PowerShell session: the global scope, the command table, the error list, the host streams
 * and the clock. `runScript` parses, compiles and runs a script file or command text the way
 * `pwsh -File` / `pwsh -Command` would.
 */
import type { Extent } from '../language/ast.js';
import type { CmdletInfo } from './commands/defineCmdlet.js';
import { Ctx, type Sink } from './compile/Ctx.js';
import { Scope } from './scope.js';
import type { Clock, HostIO } from './host.js';
import { ErrorRecord } from './values/exceptions.js';
import { PSList } from './values/PSList.js';
import { formatErrorView } from './errorView.js';
import type { FunctionInfo } from './functions/FunctionInfo.js';
import { initializeAutomaticVariables } from './automaticVariables.js';

export interface RuntimeOptions {
  io: HostIO;
  clock: Clock;
  /** The current directory ($PWD) for relative paths. */
  cwd: string;
  /** Environment variables visible as $env: (a copy; scripts may change it). */
  env: Map<string, string>;
  /** Line width of the output (pwsh uses the console width; 120 when redirected). */
  width?: number;
  cmdlets: readonly CmdletInfo[];
  /** Lazily opens the tenant for tenant cmdlets (issue 5); null when none is configured. */
  services?: Map<string, unknown>;
}

export class Runtime {
  readonly io: HostIO;
  readonly clock: Clock;
  readonly global = new Scope(null, 'global');
  readonly cmdlets = new Map<string, CmdletInfo>();
  readonly cmdletAliases = new Map<string, string>();
  /** $Error: newest first. */
  readonly errorList = new PSList('System.Collections.ArrayList');
  readonly env: Map<string, string>;
  readonly width: number;
  /** Services other layers attach (the tenant session, the output formatter...), by name. */
  readonly services: Map<string, unknown>;
  location: string;
  /** $? */
  lastSuccess = true;
  /** Inside how many try blocks (dynamically): a statement-terminating error propagates to them. */
  tryDepth = 0;
  /** Inside how many scopes that have a trap. */
  trapDepth = 0;
  /** Where the script's output goes when nothing captures it (Out-Default). */
  outDefault: Sink = () => undefined;
  /** Flushes Out-Default's pending table before host text is written. */
  flushOutput: () => void = () => undefined;
  /** Names of modules imported so far (Import-Module / auto-loading). */
  readonly importedModules = new Set<string>();

  constructor(opts: RuntimeOptions) {
    this.io = opts.io;
    this.clock = opts.clock;
    this.location = opts.cwd;
    this.env = opts.env;
    this.width = opts.width ?? 120;
    this.services = opts.services ?? new Map();
    for (const c of opts.cmdlets) this.registerCmdlet(c);
    initializeAutomaticVariables(this);
  }

  registerCmdlet(c: CmdletInfo): void {
    this.cmdlets.set(c.name.toLowerCase(), c);
    for (const a of c.aliases) this.cmdletAliases.set(a.toLowerCase(), c.name);
  }

  topCtx(): Ctx {
    return new Ctx(this, this.global, (r) => this.reportError(r), null);
  }

  /** Host text (Write-Host, What if:) goes to stdout in order with formatted output. */
  writeHostText(text: string): void {
    this.flushOutput();
    // With --output json stdout holds only the JSON array; host text goes beside the errors.
    if (this.services.get('output-format') === 'json') this.io.stderr(text);
    else this.io.stdout(text);
    // Write-Host and prompts are progress the admin watches: they are not held in a buffer.
    this.io.flush?.();
  }

  /** Adds a record to $Error (newest first, at most $MaximumErrorCount). */
  recordError(record: ErrorRecord): void {
    this.errorList.items.unshift(record);
    if (this.errorList.items.length > 256) this.errorList.items.length = 256;
  }

  /** A non-terminating or unhandled error: into $Error and onto stderr in pwsh's concise view. */
  reportError(record: ErrorRecord): void {
    this.recordError(record);
    this.showError(record);
  }

  showError(record: ErrorRecord): void {
    this.flushOutput();
    this.io.stderr(formatErrorView(record, (this.env.get('NO_COLOR') ?? '') === '') + '\n');
  }

  writeStderrLine(prefix: string, text: string): void {
    this.flushOutput();
    this.io.stderr(`${prefix}${text}\n`);
  }

  lookupFunction(ctx: Ctx, lowerName: string): FunctionInfo | undefined {
    return ctx.scope.lookupFunction(lowerName) as FunctionInfo | undefined;
  }

  /** The extent of the statement currently running, for errors raised outside the compiler. */
  currentExtent: Extent | null = null;
}
