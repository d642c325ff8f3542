/**
 * The "encrypted standard string" of a SecureString as pwsh writes it on Linux and macOS, where no
 * data-protection API exists: the hex of its UTF-16LE bytes. ConvertTo-SecureString reads it back.
 */
export function toStandardString(plain: string): string {
  let hex = '';
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    hex += (code & 0xff).toString(16).padStart(2, '0') + (code >> 8).toString(16).padStart(2, '0');
  }
  return hex;
}

export type StandardStringResult = { text: string } | { badPair: string } | { oddLength: true };

export function fromStandardString(hex: string): StandardStringResult {
  if (hex.length % 2 !== 0) return { oddLength: true };
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) {
    const pair = hex.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return { badPair: pair };
    bytes.push(parseInt(pair, 16));
  }
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return { text };
}
