/**
 * The streams of one command invocation: errors under its -ErrorAction, warnings, verbose and
 * debug text, information, and ShouldProcess/ShouldContinue, all with pwsh's texts.
 */
import type { Extent } from '../../language/ast.js';
import { RuntimeError, makeErrorRecord, type ErrorSpec } from '../errors.js';
import { ErrorRecord } from '../values/exceptions.js';
import { PSList } from '../values/PSList.js';
import type { Ctx } from '../compile/Ctx.js';
import { markScriptTerminating } from '../compile/statements.js';
import { confirmationRequired, type StreamPolicy } from './StreamPolicy.js';
import { runtimeError } from '../errors.js';
import { StreamRecord } from '../values/StreamRecord.js';

export class CommandStreams {
  hadErrors = false;
  private readonly errorsWritten: ErrorRecord[] = [];
  private readonly warningsWritten: string[] = [];
  private yesToAll = false;
  private noToAll = false;

  constructor(
    readonly ctx: Ctx,
    readonly policy: StreamPolicy,
    readonly commandName: string,
    readonly extent: Extent | null,
    readonly confirmImpact: 'None' | 'Low' | 'Medium' | 'High',
  ) {}

  toRecord(error: ErrorSpec | ErrorRecord): ErrorRecord {
    if (error instanceof ErrorRecord) {
      if (!error.invocationInfo) error.invocationInfo = { commandName: this.commandName, extent: this.extent, scriptName: this.extent?.source.path ?? '' };
      return error;
    }
    const id = error.id.includes(',') ? error.id : `${error.id},${this.commandName}`;
    return makeErrorRecord({ ...error, id, commandName: error.commandName ?? this.commandName, extent: error.extent ?? this.extent });
  }

  writeError(error: ErrorSpec | ErrorRecord): void {
    const record = this.toRecord(error);
    this.hadErrors = true;
    this.ctx.rt.lastSuccess = false;
    const action = this.policy.errorAction;
    if (action === 'Ignore') return;
    this.errorsWritten.push(record);
    for (const collect of this.ctx.errorCollectors) collect(record);
    if (action === 'Stop') {
      throw markScriptTerminating(new RuntimeError(record));
    }
    if (action === 'SilentlyContinue') {
      this.ctx.rt.recordError(record);
      return;
    }
    this.ctx.errorSink(record);
  }

  fail(error: ErrorSpec | ErrorRecord): never {
    this.hadErrors = true;
    throw new RuntimeError(this.toRecord(error));
  }

  writeWarning(text: string): void {
    const action = this.policy.warningAction;
    if (action === 'Ignore') return;
    this.warningsWritten.push(text);
    if (action === 'SilentlyContinue' || this.ctx.suppressed.has('warning')) return;
    const merged = this.ctx.merged.get('warning');
    if (merged) {
      merged(new StreamRecord('warning', text));
      return;
    }
    if (action === 'Stop') {
      throw markScriptTerminating(
        runtimeError({
          message: `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${text}`,
          id: 'ActionPreferenceStop',
          exceptionType: 'System.Management.Automation.ActionPreferenceStopException',
          extent: this.extent,
          commandName: this.commandName,
        }),
      );
    }
    this.ctx.rt.writeStderrLine('WARNING: ', text);
  }

  writeVerbose(text: string): void {
    if (!this.policy.verbose || this.ctx.suppressed.has('verbose')) return;
    const merged = this.ctx.merged.get('verbose');
    if (merged) merged(new StreamRecord('verbose', text));
    else this.ctx.rt.writeStderrLine('VERBOSE: ', text);
  }

  writeDebug(text: string): void {
    if (this.policy.debug && !this.ctx.suppressed.has('debug')) this.ctx.rt.writeStderrLine('DEBUG: ', text);
  }

  writeInformation(text: string): void {
    const a = this.policy.informationAction;
    if (a === 'Continue' && !this.ctx.suppressed.has('information')) this.ctx.rt.writeStderrLine('', text);
  }

  /** ShouldProcess(target, action) / (description, warning, caption) semantics. */
  /** Write-Host text: the information stream (6), on stdout unless redirected away. */
  writeHost(text: string): void {
    if (this.ctx.suppressed.has('information')) return;
    const merged = this.ctx.merged.get('information');
    if (merged) merged(new StreamRecord('information', text.replace(/\n$/, '')));
    else this.ctx.rt.writeHostText(text);
  }

  shouldProcess(target: string, action: string, whatIfText?: string): boolean {
    if (this.policy.whatIf) {
      this.ctx.rt.writeHostText(`What if: ${whatIfText ?? `Performing the operation "${action}" on target "${target}".`}\n`);
      return false;
    }
    if (!confirmationRequired(this.policy, this.confirmImpact)) return true;
    return this.confirm(`Are you sure you want to perform this action?`, whatIfText ?? `Performing the operation "${action}" on target "${target}".`);
  }

  shouldContinue(query: string, caption: string): boolean {
    return this.confirm(caption, query);
  }

  /**
   * A confirmation prompt. Answers come from stdin when it is not a terminal (y, a, n, l);
   * with no input left it fails as pwsh does without a console.
   */
  private confirm(caption: string, message: string): boolean {
    if (this.yesToAll) return true;
    if (this.noToAll) return false;
    const rt = this.ctx.rt;
    rt.writeHostText(`\n${caption}\n${message}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): `);
    const line = rt.io.readLine();
    if (line === null) {
      rt.writeHostText('\n');
      throw new RuntimeError(
        makeErrorRecord({
          message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
          id: 'System.Management.Automation.PSInvalidOperationException,' + this.commandName,
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
          category: 'InvalidOperation',
          extent: this.extent,
          commandName: this.commandName,
        }),
      );
    }
    rt.writeHostText(line + '\n');
    const answer = line.trim().toLowerCase();
    if (answer === 'a') this.yesToAll = true;
    if (answer === 'l') this.noToAll = true;
    return answer === '' || answer === 'y' || answer === 'a';
  }

  /** Errors written inside a function (by the commands it ran) count as the function's own. */
  collectNested(record: ErrorRecord): void {
    if (!this.errorsWritten.includes(record)) this.errorsWritten.push(record);
  }

  /** At the end of the command: -ErrorVariable / -WarningVariable / -OutVariable. */
  finish(outputs: unknown[] | null): void {
    const setVar = (spec: string | null, values: unknown[]): void => {
      if (!spec) return;
      const append = spec.startsWith('+');
      const name = append ? spec.slice(1) : spec;
      const scope = this.ctx.scope;
      const existing = scope.lookup(name.toLowerCase());
      if (append && existing && existing.value instanceof PSList) {
        existing.value.items.push(...values);
        return;
      }
      scope.setLocal(name.toLowerCase(), name, new PSList('System.Collections.ArrayList', null, [...values]));
    };
    setVar(this.policy.errorVariable, this.errorsWritten);
    setVar(this.policy.warningVariable, this.warningsWritten);
    if (outputs) setVar(this.policy.outVariable, outputs);
  }
}
