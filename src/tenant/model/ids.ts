/**
 * Scalar conventions of the tenant document.
 *
 * Ids are GUID strings as the services show them (lower case, 8-4-4-4-12). Times are ISO 8601 UTC
 * strings (`2026-01-01T09:00:00.000Z`): JSON has no date type, and one fixed form keeps the file
 * diffable and lets the schema check it.
 */
export type Guid = string;
export type IsoDate = string;

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isGuid = (value: string): boolean => GUID_PATTERN.test(value);

/** A day in milliseconds: every deadline rule (T-DEL-2, T-LIC-5, T-OD-1) counts whole days. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/*
 * One operation converts the same instant several times (its audit time, the deletion timestamp,
 * the deadline it schedules, the journal line), and a bulk run does so 50,000 times: the last
 * conversion each way is remembered, which took these two out of the bulk-delete profile.
 */
let lastMs = Number.NaN;
let lastIso = '';
let lastParsedIso = '';
let lastParsedMs = Number.NaN;

export const toIso = (ms: number): IsoDate => {
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
};

export const fromIso = (iso: IsoDate): number => {
  if (iso !== lastParsedIso) {
    lastParsedMs = Date.parse(iso);
    lastParsedIso = iso;
  }
  return lastParsedMs;
};
