/**
 * Compare-Object: walks the difference objects against the reference objects in step, matching
 * each against backlogs of not-yet-matched objects of the other side (bounded by -SyncWindow), as
 * pwsh's CompareObjectCommand does; so the output order is pwsh's: matches as they are found,
 * then the unmatched difference objects (=>), then the unmatched reference objects (<=).
 */
import type { Ctx } from '../../runtime/compile/Ctx.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { KeyExpressionError, keyExpressions, type KeyExpression } from '../shared/keyExpressions.js';
import { compareKeyLists } from '../shared/objectComparer.js';

interface CompareEntry {
  readonly input: unknown;
  readonly keys: unknown[];
}

const INT32_MAX = 2147483647;

export default defineCmdlet({
  name: 'Compare-Object',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['compare', 'diff'],
  synopsis: 'Compares two sets of objects.',
  parameters: {
    ReferenceObject: param.typed<unknown[]>('psobject[]', { mandatory: true, position: 0, allowEmptyCollection: true }),
    DifferenceObject: param.typed<unknown[]>('psobject[]', { mandatory: true, position: 1, fromPipeline: true, allowEmptyCollection: true }),
    SyncWindow: param.int({ validateRange: [0, INT32_MAX] }),
    Property: param.objects(),
    ExcludeDifferent: param.switch(),
    IncludeEqual: param.switch(),
    PassThru: param.switch(),
    Culture: param.string(),
    CaseSensitive: param.switch(),
  },
  invoke: (c) => {
    let expressions: KeyExpression[] = [];
    let references: CompareEntry[] = [];
    let referenceIndex = 0;
    const referenceBacklog: CompareEntry[] = [];
    const differenceBacklog: CompareEntry[] = [];
    const syncWindow = c.params.SyncWindow ?? INT32_MAX;
    const excludeDifferent = c.params.ExcludeDifferent === true;
    // -ExcludeDifferent alone still shows the equal objects.
    const includeEqual = c.params.IncludeEqual === true || excludeDifferent;
    const caseSensitive = c.params.CaseSensitive === true;

    const entryFor = (ctx: Ctx, input: unknown): CompareEntry => ({
      input,
      keys: expressions.length === 0 ? [input] : expressions.map((e) => e.evaluate(ctx, input)),
    });

    const same = (a: CompareEntry, b: CompareEntry): boolean => compareKeyLists(a.keys, b.keys, caseSensitive) === 0;

    const emit = (entry: CompareEntry, side: string): void => {
      if (c.params.PassThru) {
        const wrapped = entry.input instanceof PSObject ? entry.input : new PSObject(entry.input, undefined);
        wrapped.setNote('SideIndicator', side);
        c.write(wrapped);
        return;
      }
      const o = new PSObject();
      if (expressions.length === 0) o.setNote('InputObject', entry.input);
      else expressions.forEach((e, i) => o.setNote(e.label, entry.keys[i] ?? null));
      o.setNote('SideIndicator', side);
      c.write(o);
    };
    const emitMatch = (entry: CompareEntry): void => {
      if (includeEqual) emit(entry, '==');
    };
    const emitDifferenceOnly = (entry: CompareEntry): void => {
      if (!excludeDifferent) emit(entry, '=>');
    };
    const emitReferenceOnly = (entry: CompareEntry): void => {
      if (!excludeDifferent) emit(entry, '<=');
    };

    const matchAndRemove = (target: CompareEntry | null, list: CompareEntry[]): CompareEntry | null => {
      if (!target) return null;
      const i = list.findIndex((e) => same(e, target));
      return i < 0 ? null : list.splice(i, 1)[0]!;
    };

    const step = (differenceIn: CompareEntry | null): void => {
      let difference = differenceIn;
      let reference: CompareEntry | null = referenceIndex < references.length ? references[referenceIndex++]! : null;
      if (reference && difference && same(reference, difference)) {
        emitMatch(reference);
        return;
      }
      const backlogMatch = matchAndRemove(difference, referenceBacklog);
      if (backlogMatch) {
        emitMatch(backlogMatch);
        difference = null;
      }
      if (matchAndRemove(reference, differenceBacklog)) {
        emitMatch(reference!);
        reference = null;
      }
      if (difference) {
        if (syncWindow > 0 && differenceBacklog.length >= syncWindow) emitDifferenceOnly(differenceBacklog.shift()!);
        differenceBacklog.push(difference);
      }
      if (reference) {
        if (syncWindow > 0 && referenceBacklog.length >= syncWindow) emitReferenceOnly(referenceBacklog.shift()!);
        referenceBacklog.push(reference);
      }
    };

    return {
      begin() {
        try {
          expressions = keyExpressions(c.params.Property ?? [], ['expression']);
        } catch (e) {
          if (e instanceof KeyExpressionError) {
            c.fail({ message: e.message, id: 'DictionaryKeyIllegal,Microsoft.PowerShell.Commands.CompareObjectCommand', category: 'InvalidArgument', exceptionType: 'System.NotSupportedException' });
          }
          throw e;
        }
        // -ReferenceObject allows an empty collection but not $null, which the binder lets through.
        if (c.params.ReferenceObject === null) {
          c.fail({
            message: "Cannot bind argument to parameter 'ReferenceObject' because it is null.",
            id: 'ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.CompareObjectCommand',
            category: 'InvalidData',
            exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
          });
        }
        references = (c.params.ReferenceObject ?? []).map((r) => entryFor(c.callerCtx, r));
      },
      process() {
        for (const d of c.params.DifferenceObject ?? []) step(entryFor(c.callerCtx, d));
      },
      end() {
        while (referenceIndex < references.length) step(null);
        for (const d of differenceBacklog.splice(0)) emitDifferenceOnly(d);
        for (const r of referenceBacklog.splice(0)) emitReferenceOnly(r);
      },
    };
  },
});
