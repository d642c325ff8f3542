/**
 * What a cmdlet's body may do: read its bound parameters, write objects and records to the
 * streams, ask ShouldProcess, run script blocks it was given, and reach the host's services. It is
 * the only door from a cmdlet to the runtime.
 */
import type { Extent } from '../../language/ast.js';
import type { ErrorSpec } from '../errors.js';
import type { ErrorRecord } from '../values/exceptions.js';
import type { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { Runtime } from '../Runtime.js';
import type { Ctx } from '../compile/Ctx.js';

export interface HostWriteOptions {
  noNewline?: boolean;
  foregroundColor?: string;
  backgroundColor?: string;
}

export interface ScriptBlockInvocation {
  /** `$_` / `$PSItem` while the block runs. */
  dollarUnder?: unknown;
  /** `$args`, or bound to the block's param() when it has one. */
  args?: unknown[];
  /** Run in a new child scope (true) or dot-sourced into the caller's scope (false, ForEach-Object/Where-Object). */
  newScope?: boolean;
  /** `$input` for the block. */
  input?: unknown[];
  /** Extra variables to define in the block's scope (e.g. `$this`). */
  variables?: Record<string, unknown>;
}

export interface CmdletCall<P> {
  readonly params: P;
  readonly parameterSetName: string;
  readonly commandName: string;
  /** Whether a parameter was given (on the command line or from the pipeline). */
  isBound(name: string): boolean;
  /** Whether this command has a command upstream of it (its pipeline input). */
  readonly expectingInput: boolean;

  /** WriteObject(value): one object, not enumerated. */
  write(value: unknown): void;
  /** WriteObject(value, true): a collection's items one by one. */
  writeEnumerated(value: unknown): void;
  /** A non-terminating error (WriteError): the -ErrorAction in force decides what happens. */
  writeError(error: ErrorSpec | ErrorRecord): void;
  /** A terminating error (ThrowTerminatingError). */
  fail(error: ErrorSpec | ErrorRecord): never;
  writeWarning(text: string): void;
  writeVerbose(text: string): void;
  writeDebug(text: string): void;
  writeInformation(data: unknown, tags?: string[]): void;
  /** Text to the host (stdout), as Write-Host and the What if: lines go. */
  writeHost(text: string, options?: HostWriteOptions): void;
  writeProgress(activity: string, status: string, percent: number, completed: boolean): void;

  /**
   * ShouldProcess(target, action): false under -WhatIf (after printing `What if: Performing the
   * operation "action" on target "target".`) or when a confirmation is refused.
   */
  shouldProcess(target: string, action?: string): boolean;
  /** ShouldContinue(query, caption): a prompt; without console input pwsh's non-interactive error. */
  shouldContinue(query: string, caption: string): boolean;

  /** Runs a script block and returns its output. */
  invoke(sb: ScriptBlockValue, options?: ScriptBlockInvocation): unknown[];
  /** Runs a script block, streaming its output to `sink`. */
  invokeStreaming(sb: ScriptBlockValue, options: ScriptBlockInvocation, sink: (value: unknown) => void): void;
  /** A function running `sb` once per object with $_ set: for blocks called per pipeline object. */
  blockRunner(sb: ScriptBlockValue, newScope: boolean, sink: (value: unknown) => void): (dollarUnder: unknown) => void;
  /** Stops the commands upstream of this one (Select-Object -First). */
  stopUpstream(): never;

  /** Where the command was written (error positions). */
  readonly extent: Extent;
  readonly runtime: Runtime;
  /** The caller's frame: its scope for Get-Variable/Set-Variable, its error sink. */
  readonly callerCtx: Ctx;
}
