/**
 * Get-Date -UFormat: the Unix-style `%` specifiers as pwsh implements them (week numbers %U/%W are
 * pwsh's (day of year - 1) / 7, %V/%G/%g the ISO week and year); an unknown specifier prints its
 * letter, and other text is copied.
 */
import { DateTime, formatCustomDateTime } from '../../../runtime/dotnet/dateTime.js';
import type { CultureInfo } from '../../../runtime/dotnet/culture.js';

const pad = (n: number, width: number, fill = '0'): string => String(n).padStart(width, fill);

const DAY_INDEX: Record<string, number> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };

/** ISO 8601 week number and week-based year. */
function isoWeek(d: DateTime): { week: number; year: number } {
  const weekday = (DAY_INDEX[d.dayOfWeek] ?? 0) || 7;
  const thursday = d.date.addDays(4 - weekday);
  const week = Math.floor((thursday.dayOfYear - 1) / 7) + 1;
  return { week, year: thursday.year };
}

function specifier(ch: string, d: DateTime, culture: CultureInfo): string {
  const f = (pattern: string): string => formatCustomDateTime(d, pattern, culture.dateTimeFormat);
  const hour12 = d.hour % 12 === 0 ? 12 : d.hour % 12;
  switch (ch) {
    case 'a': return f('ddd');
    case 'A': return f('dddd');
    case 'b': case 'h': return f('MMM');
    case 'B': return f('MMMM');
    case 'c': return f('ddd dd MMM yyyy HH:mm:ss');
    case 'C': return pad(Math.floor(d.year / 100), 2);
    case 'd': return pad(d.day, 2);
    case 'D': return f('MM/dd/yy');
    case 'e': return pad(d.day, 2, ' ');
    case 'F': return f('yyyy-MM-dd');
    case 'g': return pad(isoWeek(d).year % 100, 2);
    case 'G': return String(isoWeek(d).year);
    case 'H': return pad(d.hour, 2);
    case 'I': return pad(hour12, 2);
    case 'j': return pad(d.dayOfYear, 3);
    case 'k': return pad(d.hour, 2, ' ');
    case 'l': return pad(hour12, 2, ' ');
    case 'm': return pad(d.month, 2);
    case 'M': return pad(d.minute, 2);
    case 'n': return '\n';
    case 'p': return f('tt');
    case 'r': return f('hh:mm:ss tt');
    case 'R': return f('HH:mm');
    case 's': return String(Math.floor(d.toJsDate().getTime() / 1000));
    case 'S': return pad(d.second, 2);
    case 't': return '\t';
    case 'T': return f('HH:mm:ss');
    case 'u': return String((DAY_INDEX[d.dayOfWeek] ?? 0) || 7);
    case 'U': case 'W': return String(Math.floor((d.dayOfYear - 1) / 7));
    case 'V': return pad(isoWeek(d).week, 2);
    case 'w': return String(DAY_INDEX[d.dayOfWeek] ?? 0);
    case 'x': return f('MM/dd/yy');
    case 'X': return f('HH:mm:ss');
    case 'y': return pad(d.year % 100, 2);
    case 'Y': return String(d.year);
    case 'Z': return f('zz');
    default: return ch;
  }
}

export function formatUFormat(d: DateTime, format: string, culture: CultureInfo): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%' && i + 1 < format.length) out += specifier(format[++i]!, d, culture);
    else out += ch;
  }
  return out;
}
