/**
 * Select-String -Context: the lines before and after each matching line of one source. The full
 * context may overlap other matches; the displayed context does not repeat a line already shown
 * with the previous match and stops before the next match, as pwsh prints it.
 */
import { MatchContext } from '../../runtime/format/coreValues.js';

/** For each index in `matchIndexes` (ascending), its context within `lines`. */
export function contextsFor(lines: readonly string[], matchIndexes: readonly number[], before: number, after: number): MatchContext[] {
  const out: MatchContext[] = [];
  let lastShown = -1;
  matchIndexes.forEach((k, i) => {
    const nextMatch = i + 1 < matchIndexes.length ? matchIndexes[i + 1]! : lines.length;
    const preStart = Math.max(0, k - before);
    const postEnd = Math.min(lines.length, k + 1 + after);
    const displayPreStart = Math.max(preStart, lastShown + 1);
    const displayPostEnd = Math.min(postEnd, nextMatch);
    out.push(
      new MatchContext(
        lines.slice(preStart, k),
        lines.slice(k + 1, postEnd),
        lines.slice(displayPreStart, k),
        lines.slice(k + 1, Math.max(k + 1, displayPostEnd)),
      ),
    );
    lastShown = Math.max(k, displayPostEnd - 1);
  });
  return out;
}
