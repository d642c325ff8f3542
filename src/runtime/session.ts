/**
 * Running a script or a command text in a Runtime, the way `pwsh -File` and `pwsh -Command` do:
 * parse (a parse error is reported and nothing runs), bind the script's arguments to its param()
 * block, run with output going to Out-Default, and turn the end of the run into an exit code.
 */
import { parseScript } from '../language/parse.js';
import type { ParseError } from '../language/parse-error.js';
import type { CommandArgument } from './binder/CommandArgument.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, RuntimeError, StopUpstreamSignal } from './errors.js';
import { toRuntimeError } from './compile/errorsAt.js';
import { ScriptProcessor } from './pipeline/ScriptProcessor.js';
import { ScriptBlockValue } from './values/ScriptBlock.js';
import type { Runtime } from './Runtime.js';
import { OutDefault } from './format/OutDefault.js';
import { toJson } from './json/toJson.js';
import { formatErrorView } from './errorView.js';
import { makeErrorRecord } from './errors.js';

export interface RunResult {
  exitCode: number;
}

function parseErrorView(e: ParseError): string {
  const rec = makeErrorRecord({ message: e.message, id: e.id, category: 'ParserError', exceptionType: 'System.Management.Automation.ParseException', extent: e.extent });
  rec.invocationInfo = { commandName: 'ParserError', extent: e.extent, scriptName: e.extent.source.path };
  return formatErrorView(rec, false);
}

/** Where a run's output goes: pwsh's formatter, or (`--output json`) one JSON array at the end. */
export interface OutputSink {
  push(value: unknown): void;
  flush(): void;
}

/** `--output json`: the run's output objects as one JSON array (ConvertTo-Json's rules, depth 4). */
class JsonOutput implements OutputSink {
  private readonly items: unknown[] = [];
  constructor(private readonly write: (text: string) => void) {}
  push(value: unknown): void {
    this.items.push(value);
  }
  flush(): void {
    this.write(toJson(this.items, { depth: 4, asArray: false }).text + '\n');
    this.items.length = 0;
  }
}

/** Attaches the output sink to the runtime's stdout. */
export function attachOutDefault(rt: Runtime): OutputSink {
  const sink: OutputSink =
    rt.services.get('output-format') === 'json'
      ? new JsonOutput((text) => rt.io.stdout(text))
      : new OutDefault((text) => rt.io.stdout(text), { width: rt.width });
  rt.outDefault = (v) => sink.push(v);
  rt.flushOutput = () => undefined;
  return sink;
}

/** Runs script text (a file's content, or -c text) with the given arguments. */
export function runScriptText(rt: Runtime, text: string, path: string, args: CommandArgument[], isFile: boolean): RunResult {
  const parsed = parseScript(text, path);
  if (parsed.errors.length > 0) {
    rt.io.stderr(parsed.errors.map(parseErrorView).join('\n') + '\n');
    return { exitCode: 1 };
  }
  const od = attachOutDefault(rt);
  if (isFile) rt.services.set('script-file', path);
  const sb = new ScriptBlockValue(parsed.ast, parsed.source.text);
  const ctx = rt.topCtx();
  let exitCode = 0;
  const p = new ScriptProcessor(ctx, sb, path, args, null, {
    // pwsh -File and -Command both run the script in the global scope.
    dotSource: true,
    isScriptFile: true,
    scriptPath: isFile ? path : '',
    isFilter: false,
  });
  p.out = rt.outDefault;
  try {
    p.begin();
    p.processNoInput();
    p.end();
  } catch (e) {
    const err = toRuntimeError(e, null);
    if (err instanceof ExitSignal) exitCode = err.code;
    else if (err instanceof RuntimeError) {
      if (!err.reported) rt.reportError(err.record);
      exitCode = 1;
    } else if (err instanceof ReturnSignal || err instanceof BreakSignal || err instanceof ContinueSignal || err instanceof StopUpstreamSignal) {
      exitCode = 0;
    } else throw err;
  } finally {
    od.flush();
  }
  // pwsh -Command exits 1 when its last pipeline failed; -File only on `exit` or a terminating error.
  if (!isFile && exitCode === 0 && !rt.lastSuccess) exitCode = 1;
  return { exitCode };
}
