// Shared helper: runs `fn` and renders its result the way the oracle tables do
// (the text, or '!<.NET type>: <message>' for a .NET exception).
import { DotNetException } from '../../../src/runtime/dotnet/errors.js';

export function outcome(fn: () => string): string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DotNetException) return `!${e.dotnetType}: ${e.message}`;
    throw e;
  }
}
