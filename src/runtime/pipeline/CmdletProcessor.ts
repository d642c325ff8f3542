/**
 * Runs a declared cmdlet in a pipeline: binds the command line once, then each pipeline object,
 * and calls the body's begin/process/end with a CmdletCall that is its door to the runtime.
 */
import type { Extent } from '../../language/ast.js';
import type { CmdletBody, CmdletInfo } from '../commands/defineCmdlet.js';
import type { CmdletCall, HostWriteOptions, ScriptBlockInvocation } from '../commands/CmdletCall.js';
import { Binder, type BoundArguments } from '../binder/Binder.js';
import type { CommandArgument } from '../binder/CommandArgument.js';
import { RuntimeError, StopUpstreamSignal, type ErrorSpec } from '../errors.js';
import type { Ctx, Sink } from '../compile/Ctx.js';
import { SwitchParameter } from '../values/scalars.js';
import type { ErrorRecord } from '../values/exceptions.js';
import type { ScriptBlockValue } from '../values/ScriptBlock.js';
import { blockRunner, invokeScriptBlock, invokeScriptBlockStreaming } from '../functions/invokeScriptBlock.js';
import { CommandStreams } from './CommandStreams.js';
import { streamPolicy } from './StreamPolicy.js';
import { writeEnumerated, type Processor } from './Processor.js';
import type { Runtime } from '../Runtime.js';

export class CmdletProcessor implements Processor {
  out: Sink = () => undefined;
  expectingInput = false;
  private readonly binder: Binder;
  private bound: BoundArguments | null = null;
  private body: CmdletBody | null = null;
  private streams: CommandStreams | null = null;
  private params: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private boundNames = new Set<string>();
  private parameterSet = '__AllParameterSets';
  private outputs: unknown[] | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly info: CmdletInfo,
    private readonly args: readonly CommandArgument[],
    private readonly extent: Extent,
  ) {
    this.binder = new Binder(info.metadata, extent);
  }

  get hadErrors(): boolean {
    return this.streams?.hadErrors ?? false;
  }

  begin(): void {
    this.bound = this.binder.bindCommandLine(this.args, this.expectingInput);
    const common = new Map<string, unknown>();
    for (const [k, v] of this.bound.values) {
      const p = this.info.metadata.byName.get(k.toLowerCase());
      if (p?.isCommon) common.set(k, v);
    }
    const policy = streamPolicy(this.ctx.scope, common);
    this.streams = new CommandStreams(this.ctx, policy, this.info.name, this.extent, this.info.metadata.confirmImpact);
    if (policy.outVariable) this.outputs = [];
    this.applyBound(this.bound);
    this.body = this.info.invoke(this.makeCall());
    this.body.begin?.();
  }

  private applyBound(b: BoundArguments): void {
    const params = Object.create(null) as Record<string, unknown>;
    this.boundNames = new Set();
    for (const [k, v] of b.values) {
      const p = this.info.metadata.byName.get(k.toLowerCase());
      if (p?.isCommon) continue;
      params[k] = v instanceof SwitchParameter ? v.isPresent : v;
      this.boundNames.add(k.toLowerCase());
    }
    this.params = params;
    this.parameterSet = this.binder.parameterSetName(b);
  }

  /**
   * The parameter that takes pipeline objects when binding is trivial: one ValueFromPipeline
   * parameter of type object/psobject and nothing bound by property name. Then each object is set
   * directly, without the full binder (the hot path of ForEach-Object, Where-Object, Measure-Object).
   */
  private directPipelineParameter: string | null | undefined = undefined;

  private findDirectPipelineParameter(): string | null {
    const b = this.bound!;
    let found: string | null = null;
    for (const p of this.info.metadata.parameters) {
      if (p.isCommon || b.values.has(p.name)) continue;
      const m = p.sets.filter((x) => x.set === '__AllParameterSets' || b.candidateSets.includes(x.set));
      if (m.some((x) => x.byPropertyName)) return null;
      if (m.some((x) => x.fromPipeline)) {
        if (found !== null) return null;
        if (p.type && p.type.fullName !== 'System.Management.Automation.PSObject') return null;
        if (p.validators.length > 0) return null;
        found = p.name;
      }
    }
    if (found !== null && b.candidateSets.length !== 1) return null;
    return found;
  }

  process(input: unknown): void {
    if (this.directPipelineParameter === undefined) {
      this.directPipelineParameter = this.findDirectPipelineParameter();
      if (this.directPipelineParameter !== null) this.boundNames.add(this.directPipelineParameter.toLowerCase());
    }
    if (this.directPipelineParameter !== null) {
      this.params[this.directPipelineParameter] = input;
      this.body!.process?.();
      return;
    }
    let b: BoundArguments;
    try {
      b = this.binder.bindPipelineObject(this.bound!, input);
    } catch (e) {
      if (e instanceof RuntimeError) {
        this.streams!.writeError(e.record);
        return;
      }
      throw e;
    }
    this.applyBound(b);
    this.body!.process?.();
  }

  processNoInput(): void {
    this.body!.process?.();
  }

  end(): void {
    this.applyBound(this.bound!);
    this.body!.end?.();
    this.streams!.finish(this.outputs);
  }

  private write(value: unknown): void {
    if (this.outputs) this.outputs.push(value);
    const pv = this.streams?.policy.pipelineVariable;
    if (pv) this.ctx.scope.setLocal(pv.toLowerCase(), pv, value);
    this.out(value);
  }

  private makeCall(): CmdletCall<Record<string, unknown>> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const streams = this.streams!;
    const ctx = this.ctx;
    return {
      get params() {
        return self.params;
      },
      get parameterSetName() {
        return self.parameterSet;
      },
      commandName: this.info.name,
      isBound: (name: string) => self.boundNames.has(name.toLowerCase()),
      get expectingInput() {
        return self.expectingInput;
      },
      write: (value: unknown) => self.write(value),
      writeEnumerated: (value: unknown) => writeEnumerated((v) => self.write(v), value),
      writeError: (error: ErrorSpec | ErrorRecord) => streams.writeError(error),
      fail: (error: ErrorSpec | ErrorRecord) => streams.fail(error),
      writeWarning: (text: string) => streams.writeWarning(text),
      writeVerbose: (text: string) => streams.writeVerbose(text),
      writeDebug: (text: string) => streams.writeDebug(text),
      writeInformation: (data: unknown) => streams.writeInformation(String(data)),
      writeHost: (text: string, options?: HostWriteOptions) => streams.writeHost(text + (options?.noNewline ? '' : '\n')),
      writeProgress: () => undefined,
      shouldProcess: (target: string, action?: string) => streams.shouldProcess(target, action ?? self.info.name),
      shouldContinue: (query: string, caption: string) => streams.shouldContinue(query, caption),
      invoke: (sb: ScriptBlockValue, options?: ScriptBlockInvocation) => invokeScriptBlock(ctx, sb, options ?? {}),
      invokeStreaming: (sb: ScriptBlockValue, options: ScriptBlockInvocation, sink: (v: unknown) => void) =>
        invokeScriptBlockStreaming(ctx, sb, options, sink),
      blockRunner: (sb: ScriptBlockValue, newScope: boolean, sink: (v: unknown) => void) => blockRunner(ctx, sb, newScope, sink),
      stopUpstream: () => {
        throw new StopUpstreamSignal(self);
      },
      extent: this.extent,
      get runtime(): Runtime {
        return ctx.rt;
      },
      get callerCtx() {
        return ctx;
      },
    } as CmdletCall<Record<string, unknown>>;
  }
}
