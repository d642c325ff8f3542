/**
 * Get-Date -DisplayHint Date|Time: the date wrapped with pwsh's DisplayHint note, shown as only
 * the long date or the long time. The wrapper carries its own type name so its view applies
 * while the value stays a DateTime for everything else.
 */
import { DateTime } from '../../../runtime/dotnet/dateTime.js';
import { registerDefaultView } from '../../../runtime/format/views.js';
import { PSObject } from '../../../runtime/values/PSObject.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';

const HINTED_DATE = 'System.DateTime#DisplayHint';

export function withDisplayHint(date: DateTime, hint: 'Date' | 'Time'): PSObject {
  const o = new PSObject(date, [HINTED_DATE, 'System.DateTime', 'System.ValueType', 'System.Object']);
  o.setNote('DisplayHint', hint);
  return o;
}

registerDefaultView(HINTED_DATE, {
  kind: 'custom',
  lines: (v, culture) => {
    if (!(v instanceof PSObject) || !(v.baseObject instanceof DateTime)) return [toStr(v)];
    const hint = v.getProperty('DisplayHint')?.value === 'Time' ? 'Time' : 'Date';
    return [v.baseObject.toPsDisplay(hint, culture)];
  },
});
