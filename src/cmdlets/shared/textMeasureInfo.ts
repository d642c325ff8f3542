/**
 * Measure-Object -Line/-Word/-Character's result (pwsh's TextMeasureInfo): its properties and its
 * table view (Lines Words Characters Property). A count that was not asked for is $null.
 */
import { registerPropertyAdapter, type AdaptedProperty } from '../../runtime/members/properties.js';
import { registerDefaultView } from '../../runtime/format/views.js';

export class TextMeasureInfo {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.TextMeasureInfo';
  constructor(
    readonly lines: number | null,
    readonly words: number | null,
    readonly characters: number | null,
    readonly property: string | null,
  ) {}
}

registerPropertyAdapter((v): AdaptedProperty[] | null => {
  if (!(v instanceof TextMeasureInfo)) return null;
  return [
    { name: 'Lines', get: () => v.lines, typeName: 'System.Nullable[int]' },
    { name: 'Words', get: () => v.words, typeName: 'System.Nullable[int]' },
    { name: 'Characters', get: () => v.characters, typeName: 'System.Nullable[int]' },
    { name: 'Property', get: () => v.property, typeName: 'string' },
  ];
});

registerDefaultView('Microsoft.PowerShell.Commands.TextMeasureInfo', {
  kind: 'table',
  columns: [
    { label: 'Lines', property: 'Lines', alignment: 'right' },
    { label: 'Words', property: 'Words', alignment: 'right' },
    { label: 'Characters', property: 'Characters', alignment: 'right' },
    { label: 'Property', property: 'Property', alignment: 'left' },
  ],
});
