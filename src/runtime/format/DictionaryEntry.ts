/**
 * System.Collections.DictionaryEntry: what the formatter sees when it enumerates a hashtable
 * (`@{a=1}` on the pipeline prints one row per entry). `Name` is the alias pwsh's type data
 * adds for `Key`, which is why the hashtable view has a Name column.
 */
import { registerPropertyAdapter, type AdaptedProperty } from '../members/properties.js';

export class DictionaryEntry {
  readonly psTypeName = 'System.Collections.DictionaryEntry';
  constructor(
    readonly key: unknown,
    readonly value: unknown,
  ) {}
}

registerPropertyAdapter((value): AdaptedProperty[] | null => {
  if (!(value instanceof DictionaryEntry)) return null;
  return [
    { name: 'Key', get: () => value.key },
    { name: 'Value', get: () => value.value },
    { name: 'Name', get: () => value.key },
  ];
});
