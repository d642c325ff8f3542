/**
 * .NET's numbering of capture groups: unnamed groups take 1..k from left to right, `(?<7>...)`
 * takes 7, and named groups then take the lowest free numbers above k in order of first
 * appearance (a repeated name reuses its number). Names and numbers are listed by number, which
 * is the order of Regex.GetGroupNames()/GetGroupNumbers().
 */
import type { CaptureDecl } from './regexAst.js';

export interface GroupInfo {
  readonly number: number;
  /** The name GetGroupNames() reports: the group's name, or its number as text. */
  readonly name: string;
  /** True for a named (non-numeric) group. */
  readonly named: boolean;
}

export class GroupTable {
  /** .NET number of each capture declaration, by its position in the pattern. */
  readonly numberOfCapture: readonly number[];
  /** Group 0 first, then ascending numbers. */
  readonly groups: readonly GroupInfo[];
  private readonly byName = new Map<string, number>();
  private readonly byNumber = new Map<number, GroupInfo>();

  constructor(captures: readonly CaptureDecl[]) {
    const used = new Set<number>([0]);
    const numbers: number[] = new Array<number>(captures.length).fill(0);
    let auto = 0;
    captures.forEach((c, i) => {
      if (c.name === null && c.explicitNumber === null) numbers[i] = ++auto;
    });
    for (let i = 0; i < numbers.length; i++) if (numbers[i]) used.add(numbers[i]!);
    captures.forEach((c, i) => {
      if (c.explicitNumber !== null) {
        numbers[i] = c.explicitNumber;
        used.add(c.explicitNumber);
      }
    });
    let next = auto + 1;
    captures.forEach((c, i) => {
      if (c.name === null) return;
      let n = this.byName.get(c.name);
      if (n === undefined) {
        while (used.has(next)) next++;
        n = next;
        used.add(n);
        this.byName.set(c.name, n);
      }
      numbers[i] = n;
    });
    this.numberOfCapture = numbers;
    const names = new Map<number, string>();
    for (const [name, n] of this.byName) names.set(n, name);
    this.groups = [...used]
      .sort((a, b) => a - b)
      .map((n) => ({ number: n, name: names.get(n) ?? String(n), named: names.has(n) }));
    for (const g of this.groups) this.byNumber.set(g.number, g);
  }

  hasNumber(n: number): boolean {
    return this.byNumber.has(n);
  }

  /** The number of a group given by name (a numeric name is its number), or -1. */
  numberOfName(name: string): number {
    const n = this.byName.get(name);
    if (n !== undefined) return n;
    if (/^\d+$/.test(name)) {
      const num = Number(name);
      return this.byNumber.has(num) ? num : -1;
    }
    return -1;
  }

  info(n: number): GroupInfo | undefined {
    return this.byNumber.get(n);
  }
}
