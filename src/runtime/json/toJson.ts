/** ConvertTo-Json's engine: one value (the cmdlet collects pipeline input into an array first). */
import { depthTruncatedWarning } from './jsonErrors.js';
import { JsonNodeBuilder } from './toJsonNode.js';
import type { JsonEscapeHandling } from './jsonStringEscape.js';
import { writeJson } from './jsonWriter.js';

export interface ToJsonOptions {
  /** -Depth (0..100; pwsh's parameter validation checks the range). */
  readonly depth?: number;
  readonly compress?: boolean;
  readonly enumsAsStrings?: boolean;
  /**
   * -AsArray: the value is wrapped in a one-element array, even an array (pwsh: `-InputObject
   * @(1,2) -AsArray` gives `[[1,2]]`; with several piped values the cmdlet passes them as one
   * array and no -AsArray is needed).
   */
  readonly asArray?: boolean;
  readonly escapeHandling?: JsonEscapeHandling;
}

export interface ToJsonResult {
  readonly text: string;
  readonly truncated: boolean;
  /** The warning the cmdlet writes when `truncated`, else null. */
  readonly warning: string | null;
}

/** Throws JsonError for a dictionary with a non-string key. */
export function toJson(value: unknown, options: ToJsonOptions = {}): ToJsonResult {
  const depth = options.depth ?? 2;
  const builder = new JsonNodeBuilder({ maxDepth: depth, enumsAsStrings: options.enumsAsStrings ?? false });
  const input = options.asArray ? [value] : value;
  const node = builder.build(input);
  const text = writeJson(node, options.compress ?? false, options.escapeHandling ?? 'Default');
  return {
    text,
    truncated: builder.truncated,
    warning: builder.truncated ? depthTruncatedWarning(depth) : null,
  };
}
