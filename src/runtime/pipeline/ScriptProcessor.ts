/**
 * Runs a function, filter, script file or script block as a pipeline command: one new scope per
 * invocation (none when dot-sourced), parameters bound by the same binder as cmdlets, then the
 * begin/process/end blocks. A block without `process` sees all its input in $input at the end.
 */
import type { Extent } from '../../language/ast.js';
import { Binder, type BoundArguments } from '../binder/Binder.js';
import type { CommandArgument } from '../binder/CommandArgument.js';
import { Ctx, type Sink, type Stmt } from '../compile/Ctx.js';
import type { CommandFrame } from '../compile/CommandFrame.js';
import { compileExpression } from '../compile/expressions.js';
import { ExitSignal, ReturnSignal, RuntimeError } from '../errors.js';
import { compileScriptBlock, type CompiledScriptBlock } from '../functions/compileScriptBlock.js';
import { parameterDefaults, scriptMetadata } from '../functions/scriptParameters.js';
import { PSCmdletValue } from '../functions/PSCmdletValue.js';
import { Scope, PSVariable } from '../scope.js';
import { PSHashtable } from '../values/Hashtable.js';
import type { ErrorRecord } from '../values/exceptions.js';
import { PSObject } from '../values/PSObject.js';
import { PSEnumerator } from '../values/PSEnumerator.js';
import { CommandInfoValue } from '../values/CommandInfoValue.js';
import { SwitchParameter } from '../values/scalars.js';
import type { ScriptBlockValue } from '../values/ScriptBlock.js';
import type { CommandMetadata, ParameterMetadata } from '../commands/metadata.js';
import { CommandStreams } from './CommandStreams.js';
import { streamPolicy } from './StreamPolicy.js';
import type { Processor } from './Processor.js';
import { convertToType } from '../convert/convertTo.js';
import { toBool } from '../convert/toBoolean.js';

export interface ScriptInvocationOptions {
  /** `.` dot-sourcing: run in the caller's scope. */
  dotSource: boolean;
  /** A script file gets a script scope ($script:). */
  isScriptFile: boolean;
  scriptPath: string;
  isFilter: boolean;
  /** `$_` for blocks run per object by ForEach-Object and friends. */
  dollarUnder?: unknown;
  variables?: Record<string, unknown>;
  /** Input given directly (`$input`), e.g. Invoke-Command -InputObject. */
  input?: unknown[];
  /**
   * A script called from another script (`& .\other.ps1`): its `exit N` ends only that script and
   * sets $LASTEXITCODE, as in pwsh. The script the host runs leaves `exit` to the host.
   */
  catchExit?: boolean;
}

export class ScriptProcessor implements Processor {
  out: Sink = () => undefined;
  expectingInput = false;
  private compiled: CompiledScriptBlock;
  private meta: CommandMetadata | null = null;
  private binder: Binder | null = null;
  private bound: BoundArguments | null = null;
  private runCtx: Ctx | null = null;
  private streams: CommandStreams | null = null;
  private collectedInput: unknown[] = [];
  private frame: CommandFrame | null = null;
  private pipelineParams = false;
  /** Set once a called script ran `exit`: its remaining blocks do not run. */
  private exited = false;

  constructor(
    private readonly ctx: Ctx,
    private readonly sb: ScriptBlockValue,
    private readonly name: string,
    private readonly args: readonly CommandArgument[],
    private readonly extent: Extent | null,
    private readonly options: ScriptInvocationOptions,
  ) {
    this.compiled = compileScriptBlock(sb.ast, null);
  }

  get hadErrors(): boolean {
    return this.streams?.hadErrors ?? false;
  }

  begin(): void {
    const ctx = this.ctx;
    // A closure (GetNewClosure) runs over the variables it captured instead of the caller's.
    const parent = this.sb.closure instanceof Scope ? this.sb.closure : ctx.scope;
    const scope = this.options.dotSource ? ctx.scope : new Scope(parent, this.options.isScriptFile ? 'script' : 'function');
    this.meta = scriptMetadata(ctx, this.name, this.sb.ast, null);
    this.binder = new Binder(this.meta, this.extent);
    this.bound = this.binder.bindCommandLine(this.args, this.expectingInput);
    const common = new Map<string, unknown>();
    for (const [k, v] of this.bound.values) if (this.meta.byName.get(k.toLowerCase())?.isCommon) common.set(k, v);
    const policy = streamPolicy(ctx.scope, common);
    this.streams = new CommandStreams(ctx, policy, this.name, this.extent, this.meta.confirmImpact);
    const boundTable = new PSHashtable();
    const frame: CommandFrame = {
      commandName: this.name,
      metadata: this.meta,
      boundParameters: new Map(),
      parameterSetName: this.binder.parameterSetName(this.bound),
      invocationExtent: this.extent,
      scriptPath: this.options.isScriptFile ? this.options.scriptPath : (ctx.frame?.scriptPath ?? this.options.scriptPath),
      write: (v) => this.out(v),
      expectingInput: this.expectingInput,
    };
    this.frame = frame;
    const streams = this.streams;
    const collectors = policy.errorVariable ? [...ctx.errorCollectors, (r: ErrorRecord) => streams.collectNested(r)] : ctx.errorCollectors;
    const runCtx = this.options.dotSource ? ctx : new Ctx(ctx.rt, scope, ctx.errorSink, frame, ctx.suppressed, collectors, ctx.merged);
    this.runCtx = runCtx;
    // Common parameters become the function's own preference variables, so callees inherit them.
    if (this.meta.isAdvanced) {
      const set = (n: string, v: unknown): void => void scope.setLocal(n.toLowerCase(), n, v);
      if (common.has('ErrorAction')) set('ErrorActionPreference', common.get('ErrorAction'));
      if (common.has('WarningAction')) set('WarningPreference', common.get('WarningAction'));
      const on = (name: string): boolean => {
        const v = common.get(name);
        return v instanceof SwitchParameter ? v.isPresent : toBool(v);
      };
      if (common.has('WhatIf')) set('WhatIfPreference', on('WhatIf'));
      if (common.has('Verbose')) set('VerbosePreference', on('Verbose') ? 'Continue' : 'SilentlyContinue');
      if (common.has('Debug')) set('DebugPreference', on('Debug') ? 'Continue' : 'SilentlyContinue');
      if (common.has('Confirm')) set('ConfirmPreference', on('Confirm') ? 'Low' : 'None');
      scope.setLocal('pscmdlet', 'PSCmdlet', new PSCmdletValue(frame, this.streams, boundTable, this.invocationInfo(boundTable)));
    }
    scope.setLocal('psboundparameters', 'PSBoundParameters', boundTable);
    scope.setLocal('myinvocation', 'MyInvocation', this.invocationInfo(boundTable));
    if (this.options.isScriptFile) {
      const path = this.options.scriptPath;
      scope.setLocal('pscommandpath', 'PSCommandPath', path);
      scope.setLocal('psscriptroot', 'PSScriptRoot', path.replace(/[\\/][^\\/]*$/, ''));
    }
    for (const [k, v] of Object.entries(this.options.variables ?? {})) scope.setLocal(k.toLowerCase(), k, v);
    this.applyBound(this.bound, true);
    this.pipelineParams = this.meta.parameters.some((p) => !p.isCommon && p.sets.some((s) => s.fromPipeline || s.byPropertyName));
    if (this.compiled.begin) this.runBlock(this.compiled.begin, null, false);
  }

  private invocationInfo(boundParameters: PSHashtable): PSObject {
    const o = new PSObject(null, ['System.Management.Automation.InvocationInfo', 'System.Object']);
    const command = this.options.isScriptFile
      ? new CommandInfoValue(this.name.replace(/^.*[\\/]/, ''), 'ExternalScript', this.name)
      : new CommandInfoValue(this.name, this.options.isFilter ? 'Filter' : this.name ? 'Function' : 'Script', '');
    o.setNote('MyCommand', command);
    o.setNote('InvocationName', this.name);
    o.setNote('ScriptName', this.extent?.source.path ?? '');
    o.setNote('ScriptLineNumber', this.extent ? this.extent.source.position(this.extent.start).line : 0);
    o.setNote('Line', this.extent ? this.extent.source.lineText(this.extent.source.position(this.extent.start).line) : '');
    o.setNote('PSScriptRoot', this.options.isScriptFile ? this.options.scriptPath.replace(/[\\/][^\\/]*$/, '') : '');
    o.setNote('PSCommandPath', this.options.isScriptFile ? this.options.scriptPath : '');
    o.setNote('ExpectingInput', this.expectingInput);
    o.setNote('BoundParameters', boundParameters);
    return o;
  }

  /** Puts bound values (and defaults, on the first call) into the function's variables. */
  private applyBound(b: BoundArguments, initial: boolean): void {
    const ctx = this.runCtx!;
    const scope = ctx.scope;
    const meta = this.meta!;
    const boundTable = scope.vars.get('psboundparameters')?.value as PSHashtable | undefined;
    const defaults = initial ? parameterDefaults(this.sb.ast, null) : null;
    for (const p of meta.parameters) {
      if (p.isCommon) {
        if (b.values.has(p.name)) boundTable?.set(p.name, b.values.get(p.name));
        continue;
      }
      const lower = p.name.toLowerCase();
      if (b.values.has(p.name)) {
        const v = b.values.get(p.name);
        this.setParameterVariable(p, v);
        boundTable?.set(p.name, v);
      } else if (initial) {
        const d = defaults!.get(lower);
        let value: unknown = p.isSwitch ? SwitchParameter.Absent : null;
        if (d?.defaultValue) value = compileExpression(d.defaultValue)(ctx);
        if (p.type && value !== null && !p.isSwitch) {
          try {
            value = convertToType(value, p.type);
          } catch {
            // pwsh converts defaults lazily; a bad default surfaces when used.
          }
        } else if (p.type && value === null && ['System.String'].includes(p.type.fullName)) value = '';
        else if (p.type && value === null && /^System\.(Int|Double|Decimal|Byte|Single|UInt)/.test(p.type.fullName)) value = convertToType(0, p.type);
        else if (p.type?.fullName === 'System.Boolean' && value === null) value = false;
        this.setParameterVariable(p, value);
      }
    }
    if (initial) {
      const argsVar = new PSVariable('args', b.unbound);
      scope.vars.set('args', argsVar);
    }
    this.frame!.parameterSetName = this.binder!.parameterSetName(b);
  }

  private setParameterVariable(p: ParameterMetadata, value: unknown): void {
    const scope = this.runCtx!.scope;
    const v = scope.setLocal(p.name.toLowerCase(), p.name, value);
    if (p.type || p.validators.length > 0) {
      const validators = p.validators;
      v.attributes = {
        ...(p.type ? { typeConstraint: p.type } : {}),
        ...(validators.length > 0
          ? {
              validate: (x: unknown) => {
                for (const f of validators) f(x, p.name);
              },
            }
          : {}),
      };
    }
  }

  private runBlock(block: Stmt, input: unknown, setInput: boolean): void {
    const ctx = this.runCtx!;
    const scope = ctx.scope;
    let saved: PSVariable | undefined;
    if (setInput) {
      saved = scope.vars.get('_');
      scope.setLocal('_', '_', input);
    }
    if (this.exited) return;
    try {
      block(ctx, this.out);
    } catch (e) {
      if (e instanceof ExitSignal && this.options.catchExit) {
        this.exited = true;
        ctx.rt.global.setLocal('lastexitcode', 'LASTEXITCODE', e.code);
        return;
      }
      if (!(e instanceof ReturnSignal)) throw e;
    } finally {
      if (setInput && this.options.dotSource) {
        if (saved) scope.vars.set('_', saved);
        else scope.vars.delete('_');
      }
    }
  }

  private processBlock(): Stmt | null {
    if (this.compiled.process) return this.compiled.process;
    if (this.options.isFilter) return this.compiled.end;
    return null;
  }

  process(input: unknown): void {
    const block = this.processBlock();
    if (!block) {
      this.collectedInput.push(input);
      return;
    }
    if (this.pipelineParams) {
      try {
        this.applyBound(this.binder!.bindPipelineObject(this.bound!, input), false);
      } catch (e) {
        if (e instanceof RuntimeError) {
          this.streams!.writeError(e.record);
          return;
        }
        throw e;
      }
    }
    this.runCtx!.scope.setLocal('input', 'input', [input]);
    this.runBlock(block, input, true);
  }

  processNoInput(): void {
    const block = this.processBlock();
    if (!block) return;
    if (this.options.input) {
      for (const i of this.options.input) this.process(i);
      return;
    }
    const du = this.options.dollarUnder;
    this.runBlock(block, du ?? null, du !== undefined);
  }

  end(): void {
    const scope = this.runCtx!.scope;
    if (!this.processBlock()) {
      const input = this.options.input ?? this.collectedInput;
      scope.setLocal('input', 'input', new PSEnumerator(input));
      if (this.compiled.end && !this.options.isFilter) {
        const du = this.options.dollarUnder;
        this.runBlock(this.compiled.end, du ?? null, du !== undefined);
      }
    } else if (this.compiled.end && !this.options.isFilter && this.compiled.process) {
      this.runBlock(this.compiled.end, null, false);
    }
    this.streams?.finish(null);
  }
}
