import { deadlinesOf } from '../clock/deadlines.js';
import {
  COLLECTION_NAMES,
  SCHEMA_VERSION,
  keyOf,
  type AuditRecord,
  type ClockState,
  type CollectionName,
  type Collections,
  type JournalMark,
  type Mailbox,
  type OneDrive,
  type Organisation,
  type TenantDocument,
  type User,
} from '../model/index.js';
import type { Change } from './changes.js';
import { DeadlineQueue } from './DeadlineQueue.js';

type Maps = { [C in CollectionName]: Map<string, Collections[C]> };

/** An address without its `SMTP:`/`smtp:` prefix, lower-cased: the unit of uniqueness. */
export const bareAddress = (address: string): string => {
  const colon = address.indexOf(':');
  return (colon >= 0 && colon < 10 ? address.slice(colon + 1) : address).toLowerCase();
};

/**
 * The tenant in memory: one insertion-ordered Map per collection (the file's order is the listing
 * order, so listings are deterministic) plus the indexes the rules need in O(1): active users by
 * UPN, deleted users by UPN (T-DEL-3 restore by UPN), consumed units per SKU (T-LIC-1/2/6),
 * address owners (T-DEL-3, T-MBX-4), OneDrives by URL, and the deadline queue (T-TIME-1).
 *
 * `apply` is the only way the state changes, for live operations and journal replay alike, and it
 * returns the inverse change so that an operation can be rolled back if it fails half-way.
 */
export class TenantState {
  organisation: Organisation;
  clock: ClockState;
  journal: JournalMark;
  /** The last audit record's sequence number. */
  auditSeq = 0;
  readonly deadlines = new DeadlineQueue();

  private readonly maps: Maps = {
    subscriptions: new Map(),
    users: new Map(),
    groups: new Map(),
    mailboxes: new Map(),
    oneDrives: new Map(),
    audit: new Map(),
  };
  private readonly activeUpn = new Map<string, string>();
  private readonly deletedUpn = new Map<string, Set<string>>();
  private readonly consumed = new Map<string, number>();
  /**
   * address -> owner object id -> how many of the owner's records (user, mailbox) carry it.
   * Built on first use and maintained from then on: a bulk delete never needs it, and building
   * it for 100,000 users costs more than a third of the JSON parse.
   */
  private addresses: Map<string, Map<string, number>> | null = null;
  private oneDriveUrls: Map<string, string> | null = null;

  constructor(doc: TenantDocument) {
    this.organisation = doc.organisation;
    this.clock = doc.clock;
    this.journal = doc.journal;
    for (const name of COLLECTION_NAMES) {
      const map = this.maps[name] as Map<string, Collections[typeof name]>;
      const key = keyOf[name] as (r: unknown) => string;
      for (const rec of doc[name] as readonly Collections[typeof name][]) {
        map.set(key(rec), rec);
        this.index(name, rec, +1);
      }
    }
  }

  /** The document to write: arrays in the Maps' (listing) order. */
  toDocument(): TenantDocument {
    return {
      schemaVersion: SCHEMA_VERSION,
      journal: this.journal,
      organisation: this.organisation,
      clock: this.clock,
      subscriptions: [...this.maps.subscriptions.values()],
      users: [...this.maps.users.values()],
      groups: [...this.maps.groups.values()],
      mailboxes: [...this.maps.mailboxes.values()],
      oneDrives: [...this.maps.oneDrives.values()],
      audit: [...this.maps.audit.values()],
    };
  }

  get<C extends CollectionName>(coll: C, key: string): Collections[C] | undefined {
    return this.maps[coll].get(key);
  }

  values<C extends CollectionName>(coll: C): IterableIterator<Collections[C]> {
    return this.maps[coll].values();
  }

  count(coll: CollectionName): number {
    return this.maps[coll].size;
  }

  activeUserByUpn(upn: string): User | undefined {
    const id = this.activeUpn.get(upn.toLowerCase());
    return id === undefined ? undefined : this.maps.users.get(id);
  }

  /** Users in the recycle bin with this UPN, oldest deletion first. */
  deletedUsersByUpn(upn: string): User[] {
    const ids = this.deletedUpn.get(upn.toLowerCase());
    if (!ids) return [];
    const users = [...ids].map((id) => this.maps.users.get(id)).filter((u): u is User => u !== undefined);
    return users.sort((a, b) => (a.softDeletionTimestamp ?? '').localeCompare(b.softDeletionTimestamp ?? ''));
  }

  /** T-LIC-1: units assigned to active users; deleted users' licenses do not count. */
  consumedUnits(skuId: string): number {
    return this.consumed.get(skuId) ?? 0;
  }

  /** Object ids (users, mailboxes) holding this address, with or without its prefix. */
  addressOwners(address: string): string[] {
    if (!this.addresses) {
      this.addresses = new Map();
      for (const u of this.maps.users.values()) this.indexAddresses(u.id, u.proxyAddresses, +1);
      for (const m of this.maps.mailboxes.values()) this.indexAddresses(m.userId, m.emailAddresses, +1);
    }
    const owners = this.addresses.get(bareAddress(address));
    return owners ? [...owners.keys()] : [];
  }

  oneDriveByUrl(url: string): OneDrive | undefined {
    if (!this.oneDriveUrls) {
      this.oneDriveUrls = new Map();
      for (const o of this.maps.oneDrives.values()) this.oneDriveUrls.set(normaliseUrl(o.url), o.ownerId);
    }
    const owner = this.oneDriveUrls.get(normaliseUrl(url));
    return owner === undefined ? undefined : this.maps.oneDrives.get(owner);
  }

  /** Applies a change and returns the change that undoes it. */
  apply(change: Change): Change {
    switch (change.op) {
      case 'set': {
        if (change.name === 'organisation') {
          const old = this.organisation;
          this.organisation = change.value;
          return { op: 'set', name: 'organisation', value: old };
        }
        const old = this.clock;
        this.clock = change.value;
        return { op: 'set', name: 'clock', value: old };
      }
      case 'put': {
        const key = (keyOf[change.coll] as (r: unknown) => string)(change.rec);
        const old = this.maps[change.coll].get(key);
        this.replace(change.coll, key, old, change.rec);
        return old === undefined
          ? { op: 'del', coll: change.coll, key }
          : ({ op: 'put', coll: change.coll, rec: old } as Change);
      }
      case 'patch': {
        const old = this.maps[change.coll].get(change.key);
        if (old === undefined) throw new Error(`patch of a missing ${change.coll} record ${change.key}`);
        const next = { ...old, ...change.set } as Collections[typeof change.coll];
        this.replace(change.coll, change.key, old, next);
        return { op: 'put', coll: change.coll, rec: old } as Change;
      }
      case 'del': {
        const old = this.maps[change.coll].get(change.key);
        if (old === undefined) return { op: 'del', coll: change.coll, key: change.key };
        this.replace(change.coll, change.key, old, undefined);
        return { op: 'put', coll: change.coll, rec: old } as Change;
      }
    }
  }

  /**
   * Swaps a record (or adds or removes one) and keeps the indexes in step. Map.set on an existing
   * key keeps the record at its place, so a patched user stays where it was in listings.
   */
  private replace<C extends CollectionName>(
    coll: C,
    key: string,
    old: Collections[C] | undefined,
    next: Collections[C] | undefined,
  ): void {
    if (old !== undefined) this.index(coll, old, -1);
    if (next === undefined) this.maps[coll].delete(key);
    else {
      this.maps[coll].set(key, next);
      this.index(coll, next, +1);
    }
  }

  private index<C extends CollectionName>(coll: C, rec: Collections[C], sign: 1 | -1): void {
    switch (coll) {
      case 'users':
        this.indexUser(rec as User, sign);
        break;
      case 'mailboxes':
        this.indexAddresses((rec as Mailbox).userId, (rec as Mailbox).emailAddresses, sign);
        break;
      case 'oneDrives': {
        if (!this.oneDriveUrls) break;
        const url = normaliseUrl((rec as OneDrive).url);
        if (sign > 0) this.oneDriveUrls.set(url, (rec as OneDrive).ownerId);
        else this.oneDriveUrls.delete(url);
        break;
      }
      case 'audit':
        if (sign > 0) this.auditSeq = Math.max(this.auditSeq, (rec as AuditRecord).seq);
        break;
      default:
        break;
    }
    if (sign > 0) for (const d of deadlinesOf(coll, rec)) this.deadlines.push(d);
  }

  private indexUser(u: User, sign: 1 | -1): void {
    const upn = u.userPrincipalName.toLowerCase();
    if (u.softDeletionTimestamp === null) {
      if (sign > 0) this.activeUpn.set(upn, u.id);
      else if (this.activeUpn.get(upn) === u.id) this.activeUpn.delete(upn);
      for (const l of u.licenses) this.consumed.set(l.skuId, (this.consumed.get(l.skuId) ?? 0) + sign);
    } else {
      let set = this.deletedUpn.get(upn);
      if (sign > 0) {
        if (!set) this.deletedUpn.set(upn, (set = new Set()));
        set.add(u.id);
      } else if (set) {
        set.delete(u.id);
        if (set.size === 0) this.deletedUpn.delete(upn);
      }
    }
    this.indexAddresses(u.id, u.proxyAddresses, sign);
  }

  private indexAddresses(owner: string, list: readonly string[], sign: 1 | -1): void {
    const index = this.addresses;
    if (!index) return;
    for (const a of list) {
      const addr = bareAddress(a);
      let owners = index.get(addr);
      if (!owners) {
        if (sign < 0) continue;
        index.set(addr, (owners = new Map()));
      }
      const n = (owners.get(owner) ?? 0) + sign;
      if (n > 0) owners.set(owner, n);
      else owners.delete(owner);
      if (owners.size === 0) index.delete(addr);
    }
  }
}

const normaliseUrl = (url: string): string => url.toLowerCase().replace(/\/+$/, '');
