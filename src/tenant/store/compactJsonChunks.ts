/** How much text a piece gathers before it is handed on: big enough that writes stay few. */
const PIECE_CHARS = 1 << 20;

/**
 * `JSON.stringify(doc)` (compact) in pieces of about a megabyte, cut between the elements of the
 * document's arrays: the concatenation is byte for byte the same text, so the snapshot's format
 * and fingerprint do not depend on how it was written. Arrays directly under the root (the
 * collections) are walked element by element; everything else is stringified whole, which is how
 * JSON.stringify treats it too (the document is plain data: no toJSON, functions or symbols,
 * only `undefined` members, which both leave out).
 */
export function* compactJsonChunks(doc: object): Generator<string, void, undefined> {
  let out = '{';
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      out += JSON.stringify(value);
      continue;
    }
    out += '[';
    for (let i = 0; i < value.length; i++) {
      // An undefined element is `null` in JSON.stringify's output, as here.
      out += (i === 0 ? '' : ',') + (JSON.stringify(value[i]) ?? 'null');
      if (out.length >= PIECE_CHARS) {
        yield out;
        out = '';
      }
    }
    out += ']';
  }
  yield out + '}';
}
