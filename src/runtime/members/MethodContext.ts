/** What methods need from the running session: the tenant clock, GUIDs and script block calls. */
import type { DateTime } from '../dotnet/dateTime.js';
import type { PSObject } from '../values/PSObject.js';
import type { ScriptBlockValue } from '../values/ScriptBlock.js';

export interface MethodContext {
  /** Local now from the tenant clock (Kind Local). */
  now(): DateTime;
  utcNow(): DateTime;
  /** A new GUID in its "D" form; injected so tests can be deterministic. */
  newGuid(): string;
  /** Runs a script block with the given arguments and returns its output (for delegates such as [Func]). */
  invokeScriptBlock(sb: ScriptBlockValue, args: unknown[]): unknown[];
  /**
   * Runs a ScriptMethod (Add-Member -MemberType ScriptMethod) with $this bound to `self`. Optional:
   * without it invokeMethod treats script methods as absent and the evaluator calls them itself.
   */
  invokeScriptMethod?(self: PSObject, sb: ScriptBlockValue, args: unknown[]): unknown;
}
