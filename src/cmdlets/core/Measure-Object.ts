/**
 * Measure-Object: counts its input and, on request, sums, averages, finds the extremes and the
 * standard deviation (GenericMeasureInfo, numbers reported as Doubles), or counts lines, words and
 * characters (TextMeasureInfo). With -Property each expression is measured over the objects that
 * have a value for it. It sits on the benchmark path (`... | Measure-Object -Sum`), so process()
 * takes a short path for plain numbers.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { GenericMeasureInfo } from '../../runtime/format/coreValues.js';
import { makeDouble } from '../../runtime/values/numbers.js';
import { expandFor, KeyExpressionError, keyExpressions, type KeyExpression } from '../shared/keyExpressions.js';
import { MeasureStatistics, numericValue } from '../shared/measureStatistics.js';
import { fallbackString } from '../shared/objectComparer.js';
import { TextMeasureInfo } from '../shared/textMeasureInfo.js';

const asDouble = (v: number): unknown => makeDouble(v);

export default defineCmdlet({
  name: 'Measure-Object',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['measure'],
  defaultParameterSet: 'GenericMeasure',
  synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.objects({ position: 0, validateNotNullOrEmpty: true }),
    StandardDeviation: param.switch({ sets: ['GenericMeasure'] }),
    Sum: param.switch({ sets: ['GenericMeasure'] }),
    AllStats: param.switch({ sets: ['GenericMeasure'] }),
    Average: param.switch({ sets: ['GenericMeasure'] }),
    Maximum: param.switch({ sets: ['GenericMeasure'] }),
    Minimum: param.switch({ sets: ['GenericMeasure'] }),
    Line: param.switch({ sets: ['TextMeasure'] }),
    Word: param.switch({ sets: ['TextMeasure'] }),
    Character: param.switch({ sets: ['TextMeasure'] }),
    IgnoreWhiteSpace: param.switch({ sets: ['TextMeasure'] }),
  },
  invoke: (c) => {
    const all = c.params.AllStats === true;
    const want = {
      sum: all || c.params.Sum === true,
      average: all || c.params.Average === true,
      deviation: all || c.params.StandardDeviation === true,
      maximum: all || c.params.Maximum === true,
      minimum: all || c.params.Minimum === true,
      lines: c.params.Line === true,
      words: c.params.Word === true,
      characters: c.params.Character === true,
    };
    const numeric = want.sum || want.average || want.deviation;
    const extremes = want.maximum || want.minimum;
    const text = want.lines || want.words || want.characters;
    const ignoreWhiteSpace = c.params.IgnoreWhiteSpace === true;
    const isText = c.parameterSetName === 'TextMeasure';
    // Measured labels in first-seen order; without -Property there is one unnamed entry.
    const statistics = new Map<string, { readonly label: string; readonly stat: MeasureStatistics }>();
    let expressions: KeyExpression[] = [];
    let nonNumericInput = false;
    const whole = new MeasureStatistics();

    const analyze = (stat: MeasureStatistics, value: unknown): void => {
      if (numeric) {
        const x = numericValue(value);
        if (x === undefined) {
          stat.count++;
          nonNumericInput = true;
          c.writeError({
            message: `Input object "${fallbackString(value)}" is not numeric.`,
            id: 'NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand',
            category: 'InvalidType',
            exceptionType: 'System.InvalidOperationException',
            target: value,
          });
          return;
        }
        stat.addNumber(x);
      } else {
        stat.count++;
      }
      if (text) stat.addText(value, ignoreWhiteSpace);
      if (extremes) stat.addExtreme(value, want.maximum, want.minimum);
    };

    const report = (stat: MeasureStatistics, label: string | null): unknown => {
      if (isText) {
        return new TextMeasureInfo(want.lines ? stat.lines : null, want.words ? stat.words : null, want.characters ? stat.characters : null, label);
      }
      const numbersValid = !nonNumericInput;
      const extreme = (v: unknown): unknown => (typeof v === 'number' ? asDouble(v) : v);
      return new GenericMeasureInfo(
        stat.count,
        want.average && numbersValid && stat.count > 0 ? asDouble(stat.sum / stat.count) : null,
        want.sum && numbersValid ? asDouble(stat.sum) : null,
        want.maximum ? extreme(stat.maximum) : null,
        want.minimum ? extreme(stat.minimum) : null,
        want.deviation && numbersValid ? asDouble(stat.standardDeviation) : null,
        label,
      );
    };

    const propertyNotFound = (label: string): void => {
      // pwsh reports a property no input had only under Set-StrictMode -Version 2 or later.
      if (!c.callerCtx.rt.services.get('strict-mode')) return;
      c.writeError({
        message: `Cannot process argument because the value of argument "${label}" is not valid. Change the value of the "${label}" argument and run the operation again.`,
        id: `${isText ? 'Text' : 'Generic'}MeasurePropertyNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand`,
        category: 'ObjectNotFound',
        exceptionType: 'System.Management.Automation.PSArgumentException',
        target: label,
      });
    };

    return {
      begin() {
        if (!c.params.Property) return;
        try {
          expressions = keyExpressions(c.params.Property, []);
        } catch (e) {
          if (e instanceof KeyExpressionError) c.fail({ message: e.message, id: 'DictionaryKeyIllegal,Microsoft.PowerShell.Commands.MeasureObjectCommand', category: 'InvalidArgument', exceptionType: 'System.NotSupportedException' });
          throw e;
        }
      },
      process() {
        const input = c.params.InputObject;
        if (input === undefined || input === null) return;
        if (expressions.length === 0) {
          // The benchmark's path: a plain number needs no conversion.
          if (typeof input === 'number' && !text && !extremes) whole.addNumber(input);
          else analyze(whole, input);
          return;
        }
        for (const e of expandFor(expressions, input)) {
          const value = e.evaluate(c.callerCtx, input);
          const key = e.label.toLowerCase();
          let entry = statistics.get(key);
          if (!entry) {
            entry = { label: e.label, stat: new MeasureStatistics() };
            statistics.set(key, entry);
          }
          if (value === null || value === undefined) continue;
          analyze(entry.stat, value);
        }
      },
      end() {
        if (expressions.length === 0) {
          c.write(report(whole, null));
          return;
        }
        for (const e of expressions) {
          if (e.wildcard) {
            for (const { label, stat } of statistics.values()) if (e.wildcard.test(label) && stat.count > 0) c.write(report(stat, label));
            continue;
          }
          const entry = statistics.get(e.label.toLowerCase());
          if (!entry || entry.stat.count === 0) propertyNotFound(e.label);
          else c.write(report(entry.stat, e.label));
        }
      },
    };
  },
});
