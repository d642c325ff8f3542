/** Turning a statement's output into a value, as assignment and `$( )` do. */

/** No output is $null, one object is itself, more are an object[] (pwsh's AutomationNull aside). */
export function unwrapOutput(items: unknown[]): unknown {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return items;
}
