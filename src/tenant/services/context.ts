import { randomUUID } from 'node:crypto';
import type { TenantClock } from '../clock/TenantClock.js';
import {
  type AuditRecord,
  type CollectionName,
  type Collections,
  type Guid,
  type SingletonName,
  type Singletons,
  type Workload,
} from '../model/index.js';
import type { Change } from '../store/changes.js';
import { TenantFileError } from '../store/errors.js';
import type { TenantStore } from '../store/TenantStore.js';
import type { TenantState } from '../store/TenantState.js';
import { TenantError } from './errors.js';

/** What an operation is, for its journal entry and audit record. */
export interface OperationInfo {
  /** The audit log's name: `Delete user.`, `Change user license.`, `Set-TenantSubscription`... */
  readonly operation: string;
  readonly workload: Workload;
  /** Actor name: a UPN, an app id, `tenantsh` or `System` (see identity/principal.ts). */
  readonly actor: string;
  readonly target: string;
  readonly targetId?: Guid | null;
  /**
   * Expiry (T-TIME-1) runs even on a tenant opened read-only: its effects are applied in memory
   * and, for a read-only store, never written.
   */
  readonly internal?: boolean;
}

/**
 * The changes of one operation in flight. Writes are applied to the state at once (later steps of
 * the same operation read them: the cascade after a delete reads the deleted user) and an undo log
 * is kept, so if anything throws the state is put back exactly: an operation either completes with
 * all its changes or leaves nothing behind. Services check every rule before their first write.
 */
export class Tx {
  readonly changes: Change[] = [];
  private readonly undo: Change[] = [];
  /**
   * Facts for the audit record's `details`. Each audit record takes this object and leaves a fresh
   * one (deleting its keys instead turned it into a slow dictionary-mode object on every operation).
   */
  details: Record<string, unknown> = {};

  constructor(private readonly state: TenantState) {}

  put<C extends CollectionName>(coll: C, rec: Collections[C]): void {
    this.apply({ op: 'put', coll, rec } as Change);
  }

  patch<C extends CollectionName>(coll: C, key: string, set: Partial<Collections[C]>): void {
    this.apply({ op: 'patch', coll, key, set } as Change);
  }

  del(coll: CollectionName, key: string): void {
    this.apply({ op: 'del', coll, key });
  }

  set<S extends SingletonName>(name: S, value: Singletons[S]): void {
    this.apply({ op: 'set', name, value } as Change);
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.state.apply(this.undo[i]!);
    this.undo.length = 0;
    this.changes.length = 0;
  }

  private apply(change: Change): void {
    this.undo.push(this.state.apply(change));
    this.changes.push(change);
  }
}

/**
 * What every service shares: the store, the clock, the run id, and `run`, which makes one
 * operation out of a service method: expiry first (T-TIME-1), then the body in a Tx, then one
 * audit record and one journal entry. A TenantError from the body rolls the Tx back and is
 * recorded as a refusal (with its rule id) before it is rethrown.
 */
export class TenantContext {
  private current: Tx | null = null;
  /** When the operation in flight started: its audit time, even if it moves the clock. */
  private startedAt = '';
  private expiring = false;
  /** Called before every operation and read; set by the Tenant to the expiry pass. */
  expire: (nowMs: number) => void = () => {};

  constructor(
    readonly store: TenantStore,
    readonly clock: TenantClock,
    readonly runId: Guid,
  ) {}

  get state(): TenantState {
    return this.store.state;
  }

  nowMs(): number {
    return this.clock.nowMs();
  }

  /** Applies whatever has expired by now. Every service read and operation calls it first. */
  refresh(): void {
    if (this.expiring || this.current) return;
    const next = this.state.deadlines.peek();
    if (next === undefined || next.at >= this.nowMs()) return;
    this.expiring = true;
    try {
      this.expire(this.nowMs());
    } finally {
      this.expiring = false;
    }
  }

  /**
   * Runs one operation. Nested calls (a service calling another inside its operation) join the
   * outer operation: one journal entry, and a refusal anywhere undoes all of it.
   */
  run<T>(info: OperationInfo, body: (tx: Tx) => T): T {
    const outer = this.current;
    if (outer) {
      // The inner operation gets its own audit record, with its own details.
      const saved = outer.details;
      outer.details = {};
      try {
        const result = body(outer);
        this.auditInto(outer, info, false, null);
        return result;
      } finally {
        outer.details = saved;
      }
    }
    this.refresh();
    if (this.store.mode === 'read' && !info.internal) {
      const where = this.store.path ?? '(in memory)';
      throw new TenantFileError(
        'ReadOnly',
        where,
        `The tenant ${where} was opened read-only; ${info.operation} was not run.`,
      );
    }
    const tx = new Tx(this.state);
    this.current = tx;
    this.startedAt = this.clock.nowIso();
    let result: T;
    try {
      result = body(tx);
      this.auditInto(tx, info, false, null);
    } catch (e) {
      tx.rollback();
      this.current = null;
      if (e instanceof TenantError) this.recordRefusal(info, e);
      throw e;
    }
    this.current = null;
    this.commit(info, tx);
    return result;
  }

  private recordRefusal(info: OperationInfo, error: TenantError): void {
    if (this.store.mode === 'read') return;
    const tx = new Tx(this.state);
    tx.details.problem = error.problem;
    this.auditInto(tx, info, true, error);
    this.commit(info, tx);
  }

  private auditInto(tx: Tx, info: OperationInfo, refused: boolean, error: TenantError | null): void {
    const details = tx.details;
    tx.details = {};
    const rec: AuditRecord = {
      id: randomUUID(),
      time: this.current ? this.startedAt : this.clock.nowIso(),
      seq: this.state.auditSeq + 1,
      runId: this.runId,
      actor: info.actor,
      operation: info.operation,
      workload: info.workload,
      target: info.target,
      targetId: info.targetId ?? null,
      details,
      refused,
      rule: error?.rule ?? null,
      errorKind: error?.kind ?? null,
    };
    tx.put('audit', rec);
  }

  private commit(info: OperationInfo, tx: Tx): void {
    if (tx.changes.length === 0) return;
    this.store.record({
      time: this.clock.nowIso(),
      actor: info.actor,
      operation: info.operation,
      changes: tx.changes,
    });
  }
}
