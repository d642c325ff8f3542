/**
 * A type as scripts see it: the value of `[int]`, `$x.GetType()`, a cast's target. Only types in
 * the registry (types/registry.ts) exist; anything else is "Unable to find type [X]."
 */
export class PSType {
  constructor(
    /** 'System.Int32', 'System.Collections.Generic.List`1[System.String]', ... */
    readonly fullName: string,
    /** For generic types: the element types' full names. */
    readonly typeArguments: readonly PSType[] = [],
    /** For T[]: the element type. */
    readonly elementType: PSType | null = null,
  ) {}
  /** Type.Name: the last part of the namespace path ('Int32', 'List`1', 'String[]'). */
  get name(): string {
    const base = this.fullName.replace(/\[.*$/, '');
    const short = base.slice(base.lastIndexOf('.') + 1);
    return this.elementType ? this.elementType.name + '[]' : short;
  }
  get isArray(): boolean {
    return this.elementType !== null;
  }
}
