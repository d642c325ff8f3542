import type { CollectionName, Collections, SingletonName, Singletons } from '../model/index.js';

/**
 * One record-level change. A completed operation is a list of them, written to the journal as one
 * line and applied to the in-memory state. Every change is absolute (a whole record, a set of
 * field values, a removal), never relative ("units + 1"), so replaying a journal entry that the
 * snapshot already holds changes nothing: a crash between the snapshot's rename and the journal's
 * truncation is harmless.
 */
export type PutChange = {
  [C in CollectionName]: { readonly op: 'put'; readonly coll: C; readonly rec: Collections[C] };
}[CollectionName];
export type PatchChange = {
  [C in CollectionName]: {
    readonly op: 'patch';
    readonly coll: C;
    readonly key: string;
    readonly set: Partial<Collections[C]>;
  };
}[CollectionName];
export type DeleteChange = { readonly op: 'del'; readonly coll: CollectionName; readonly key: string };
export type SetChange = {
  [S in SingletonName]: { readonly op: 'set'; readonly name: S; readonly value: Singletons[S] };
}[SingletonName];

export type Change = PutChange | PatchChange | DeleteChange | SetChange;

/** One journal line: a completed tenant operation (one cmdlet call on one pipeline object). */
export interface JournalEntry {
  readonly seq: number;
  readonly time: string;
  readonly actor: string;
  readonly operation: string;
  readonly changes: readonly Change[];
}
