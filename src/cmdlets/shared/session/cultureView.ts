/** pwsh's table view for System.Globalization.CultureInfo (Get-Culture): LCID, Name, DisplayName. */
import { registerDefaultView } from '../../../runtime/format/views.js';
import { PSCultureInfo } from '../../../runtime/members/cultureInfo.js';

const lcid = (v: unknown): unknown => (v instanceof PSCultureInfo ? (v.name === '' ? 127 : 1033) : null);

registerDefaultView('System.Globalization.CultureInfo', {
  kind: 'table',
  columns: [
    { label: 'LCID', property: lcid, width: 16, alignment: 'left' },
    { label: 'Name', property: 'Name', width: 16 },
    { label: 'DisplayName', property: 'DisplayName' },
  ],
});
