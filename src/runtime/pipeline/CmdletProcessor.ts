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
    return new CmdletProcessor.Call(this);
  }

  /**
   * The body's CmdletCall: one small object whose methods live on its prototype. It was an object
   * literal of some twenty closures and getters (about 3 KB per invocation), and a `foreach` that
   * calls a cmdlet 50,000 times spent much of its run in scavenges promoting them.
   */
  private static readonly Call = class ProcessorCall implements CmdletCall<Record<string, unknown>> {
    readonly commandName: string;
    readonly extent: Extent;

    constructor(private readonly processor: CmdletProcessor) {
      this.commandName = processor.info.name;
      this.extent = processor.extent;
    }

    get params(): Record<string, unknown> {
      return this.processor.params;
    }
    get parameterSetName(): string {
      return this.processor.parameterSet;
    }
    get expectingInput(): boolean {
      return this.processor.expectingInput;
    }
    get runtime(): Runtime {
      return this.processor.ctx.rt;
    }
    get callerCtx(): Ctx {
      return this.processor.ctx;
    }
    private get streams(): CommandStreams {
      return this.processor.streams!;
    }

    isBound(name: string): boolean {
      return this.processor.boundNames.has(name.toLowerCase());
    }
    write(value: unknown): void {
      this.processor.write(value);
    }
    writeEnumerated(value: unknown): void {
      writeEnumerated((v) => this.processor.write(v), value);
    }
    writeError(error: ErrorSpec | ErrorRecord): void {
      this.streams.writeError(error);
    }
    fail(error: ErrorSpec | ErrorRecord): never {
      return this.streams.fail(error);
    }
    writeWarning(text: string): void {
      this.streams.writeWarning(text);
    }
    writeVerbose(text: string): void {
      this.streams.writeVerbose(text);
    }
    writeDebug(text: string): void {
      this.streams.writeDebug(text);
    }
    writeInformation(data: unknown): void {
      this.streams.writeInformation(String(data));
    }
    writeHost(text: string, options?: HostWriteOptions): void {
      this.streams.writeHost(text + (options?.noNewline ? '' : '\n'));
    }
    writeProgress(): void {
      return undefined;
    }
    shouldProcess(target: string, action?: string): boolean {
      return this.streams.shouldProcess(target, action ?? this.processor.info.name);
    }
    shouldContinue(query: string, caption: string): boolean {
      return this.streams.shouldContinue(query, caption);
    }
    invoke(sb: ScriptBlockValue, options?: ScriptBlockInvocation): unknown[] {
      return invokeScriptBlock(this.processor.ctx, sb, options ?? {});
    }
    invokeStreaming(sb: ScriptBlockValue, options: ScriptBlockInvocation, sink: (v: unknown) => void): void {
      invokeScriptBlockStreaming(this.processor.ctx, sb, options, sink);
    }
    blockRunner(sb: ScriptBlockValue, newScope: boolean, sink: (v: unknown) => void): (dollarUnder: unknown) => void {
      return blockRunner(this.processor.ctx, sb, newScope, sink);
    }
    stopUpstream(): never {
      throw new StopUpstreamSignal(this.processor);
    }
  };
}
