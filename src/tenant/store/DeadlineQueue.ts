import type { CollectionName } from '../model/index.js';

export type DeadlineKind =
  'userPurge' | 'mailboxPurge' | 'mailboxDisable' | 'oneDriveRecycle' | 'oneDrivePurge';

export interface Deadline {
  readonly at: number;
  readonly kind: DeadlineKind;
  readonly coll: CollectionName;
  readonly key: string;
}

/**
 * A binary min-heap of deadlines, so the expiry pass that runs before every tenant read (T-TIME-1)
 * costs one comparison when nothing is due, even with 50,000 users in the recycle bin. Entries are
 * never removed when a record changes (a restore, a new license): the expiry pass re-derives the
 * record's deadline when an entry comes due and skips entries that no longer match.
 */
export class DeadlineQueue {
  private readonly heap: Deadline[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(d: Deadline): void {
    const h = this.heap;
    h.push(d);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]!.at <= d.at) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = d;
  }

  peek(): Deadline | undefined {
    return this.heap[0];
  }

  pop(): Deadline | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      const mAt = (j: number): number => (j === i ? last.at : h[j]!.at);
      if (l < h.length && h[l]!.at < mAt(m)) m = l;
      if (r < h.length && h[r]!.at < mAt(m)) m = r;
      if (m === i) break;
      h[i] = h[m]!;
      i = m;
    }
    h[i] = last;
    return top;
  }
}
