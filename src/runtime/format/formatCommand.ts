/** What Format-Table, Format-List and Format-Wide share: options, -GroupBy, and running the assembler. */
import { EN_US_WINDOWS, type CultureInfo } from '../dotnet/culture.js';
import { requestedViewFor, type ShapeRequest } from './activeView.js';
import './builtinViews.js';
import { DocumentAssembler } from './DocumentAssembler.js';
import { DEFAULT_ENUMERATION_LIMIT, type DisplayOptions } from './displayString.js';
import type { FormatResult } from './FormatResult.js';
import { resolveColumns, type ExpressionEvaluator } from './propertySelection.js';
import { ResultBuilder } from './resultBuilder.js';
import { columnValue, type ViewGroupBy } from './views.js';

export interface FormatCommandOptions {
  /** -Property: names (wildcards allowed) and calculated-property hashtables. */
  readonly property?: readonly unknown[];
  /** -GroupBy: a property name or a calculated-property hashtable. */
  readonly groupBy?: unknown;
  /** Runs script-block expressions of calculated properties. */
  readonly evaluate?: ExpressionEvaluator;
  readonly culture?: CultureInfo;
  readonly enumerationLimit?: number;
}

const noEvaluator: ExpressionEvaluator = () => null;

export function displayOptionsOf(options: FormatCommandOptions): DisplayOptions {
  return {
    culture: options.culture ?? EN_US_WINDOWS,
    enumerationLimit: options.enumerationLimit ?? DEFAULT_ENUMERATION_LIMIT,
  };
}

/** pwsh labels a -GroupBy heading `   Label: value`. */
function groupByOf(spec: unknown, first: unknown, evaluate: ExpressionEvaluator): ViewGroupBy | undefined {
  if (spec === undefined || spec === null) return undefined;
  const column = resolveColumns([spec], first, evaluate)[0];
  if (!column) return undefined;
  return { key: (v) => columnValue(column, v), heading: (k) => `   ${column.label}: ${k}` };
}

export function runFormatCommand(
  values: readonly unknown[],
  request: Omit<ShapeRequest, 'columns' | 'groupBy'>,
  options: FormatCommandOptions,
): FormatResult {
  const display = displayOptionsOf(options);
  const evaluate = options.evaluate ?? noEvaluator;
  const builder = new ResultBuilder();
  const assembler = new DocumentAssembler(
    (first) =>
      requestedViewFor(
        {
          ...request,
          columns: options.property?.length ? resolveColumns(options.property, first, evaluate) : undefined,
          groupBy: groupByOf(options.groupBy, first, evaluate),
        },
        first,
        display,
      ),
    builder,
    display,
  );
  for (const v of values) assembler.push(v);
  assembler.end();
  return builder.result();
}
