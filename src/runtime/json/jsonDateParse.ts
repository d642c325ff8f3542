/**
 * The strings ConvertFrom-Json turns into DateTime (Newtonsoft.Json's DateParseHandling.DateTime):
 * ISO 8601 `yyyy-MM-ddTHH:mm:ss` with up to 7 fraction digits and an optional zone, and the
 * Microsoft form `/Date(ms)/`. No zone gives Kind Unspecified, `Z` Kind Utc, an offset the
 * local time of that instant (Kind Local). Anything else, or an impossible date, stays a string.
 */
import { DateTime, UNIX_EPOCH_TICKS } from '../dotnet/dateTime.js';
import { TICKS_PER_MILLISECOND, TICKS_PER_MINUTE } from '../dotnet/timeSpan.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

export function parseJsonDate(text: string): DateTime | null {
  if (text.startsWith('/')) return parseMicrosoftDate(text);
  if (text.length < 19 || text.length > 40) return null;
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return null;
  let date: DateTime;
  try {
    date = DateTime.fromParts(year, month, day, hour, minute, second, 0, m[8] ? 'Utc' : 'Unspecified');
  } catch {
    return null;
  }
  date = date.addTicks(BigInt((m[7] ?? '').padEnd(7, '0')));
  if (m[9] === undefined) return date;
  const offset = (Number(m[10]) * 60 + Number(m[11] ?? '0')) * (m[9] === '-' ? -1 : 1);
  return new DateTime(date.ticks - BigInt(offset) * TICKS_PER_MINUTE, 'Utc').toLocalTime();
}

function parseMicrosoftDate(text: string): DateTime | null {
  const m = MS_DATE.exec(text);
  if (!m) return null;
  const utc = new DateTime(UNIX_EPOCH_TICKS + BigInt(m[1]!) * TICKS_PER_MILLISECOND, 'Utc');
  return m[2] === undefined ? utc : utc.toLocalTime();
}
