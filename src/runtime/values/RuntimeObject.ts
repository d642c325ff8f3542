/**
 * Runtime objects that answer their own members ($PSCmdlet, enumerators, $ExecutionContext): the
 * evaluator asks them before the .NET member tables.
 */
export interface RuntimeObject {
  readonly psTypeName: string;
  /** A property value, or undefined when there is no such property. Names are lower-case. */
  psGetMember(lowerName: string): unknown;
  /** Returns NOT_HANDLED when the object has no such method. */
  psInvoke(lowerName: string, args: unknown[]): unknown;
}

export const NOT_HANDLED: unique symbol = Symbol('not handled');

export function isRuntimeObject(v: unknown): v is RuntimeObject {
  return typeof v === 'object' && v !== null && 'psInvoke' in v && 'psGetMember' in v;
}
