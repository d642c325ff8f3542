/**
 * Growable .NET collections: System.Collections.ArrayList and System.Collections.Generic.List[T]
 * (and the few other generic collections scripts build). A plain PowerShell array (object[]) is a
 * JS array; these wrap one so that `.Add()` and the type name behave as in .NET.
 */
export class PSList {
  constructor(
    /** 'System.Collections.ArrayList' or 'System.Collections.Generic.List`1[[System.String]]' style. */
    readonly typeName: string,
    /** The element type for List[T] (null: object). */
    readonly elementType: string | null = null,
    readonly items: unknown[] = [],
  ) {}
  get count(): number {
    return this.items.length;
  }
}
