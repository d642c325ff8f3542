/**
 * Makes the member tables the source of the adapted .NET properties that formatting,
 * Select-Object and Export-Csv read through properties.ts.
 */
import { objectMembers, tableOf } from './families.js';
import { registerPropertyAdapter } from './properties.js';

registerPropertyAdapter((value) => {
  const table = tableOf(value);
  if (table === objectMembers) return null;
  return table.allProperties().map((p) => ({
    name: p.name,
    typeName: p.type,
    get: () => p.get(value, null),
    settable: p.set !== undefined,
    ...(p.set ? { set: (v: unknown) => p.set!(value, v) } : {}),
  }));
});
