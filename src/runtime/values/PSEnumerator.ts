/**
 * An IEnumerator as scripts see it: `$foreach` inside a foreach loop and `$input` in a function.
 * Enumerating it (in a string, a pipeline or a loop) consumes what is left, as in .NET, so reading
 * `$input` twice gives nothing the second time.
 */
import { NOT_HANDLED, type RuntimeObject } from './RuntimeObject.js';

export class PSEnumerator implements RuntimeObject {
  readonly psTypeName = 'System.Collections.IEnumerator';
  private index = -1;
  constructor(private readonly items: readonly unknown[]) {}

  moveNext(): boolean {
    if (this.index < this.items.length) this.index++;
    return this.index < this.items.length;
  }

  get current(): unknown {
    return this.index >= 0 && this.index < this.items.length ? this.items[this.index] : null;
  }

  psEnumerate(): unknown[] {
    const rest = this.items.slice(this.index + 1);
    this.index = this.items.length;
    return rest;
  }

  psGetMember(name: string): unknown {
    return name === 'current' ? this.current : undefined;
  }

  psInvoke(name: string): unknown {
    switch (name) {
      case 'movenext':
        return this.moveNext();
      case 'reset':
        this.index = -1;
        return null;
      default:
        return NOT_HANDLED;
    }
  }
}
