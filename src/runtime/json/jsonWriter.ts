/**
 * Writes a JsonNode the way Newtonsoft.Json does for ConvertTo-Json: indented by two spaces with
 * `"key": value`, or with no whitespace at all when compressed; an empty array or object is
 * `[]` / `{}` on one line.
 */
import type { JsonNode } from './jsonNode.js';
import { quoteJsonString, type JsonEscapeHandling } from './jsonStringEscape.js';

export function writeJson(node: JsonNode, compress: boolean, escapeHandling: JsonEscapeHandling): string {
  const quote = (s: string): string => quoteJsonString(s, escapeHandling);
  const write = (n: JsonNode, indent: string): string => {
    switch (n.kind) {
      case 'null':
        return 'null';
      case 'literal':
        return n.text;
      case 'string':
        return quote(n.value);
      case 'array': {
        if (n.items.length === 0) return '[]';
        if (compress) return '[' + n.items.map((i) => write(i, '')).join(',') + ']';
        const inner = indent + '  ';
        return '[\n' + n.items.map((i) => inner + write(i, inner)).join(',\n') + '\n' + indent + ']';
      }
      case 'object': {
        if (n.entries.length === 0) return '{}';
        if (compress) return '{' + n.entries.map(([k, v]) => quote(k) + ':' + write(v, '')).join(',') + '}';
        const inner = indent + '  ';
        return (
          '{\n' +
          n.entries.map(([k, v]) => inner + quote(k) + ': ' + write(v, inner)).join(',\n') +
          '\n' +
          indent +
          '}'
        );
      }
    }
  };
  return write(node, '');
}
