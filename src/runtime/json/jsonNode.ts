/**
 * The JSON document ConvertTo-Json builds before writing it: scalars already carry their JSON
 * text (numbers as Newtonsoft writes them, strings unescaped), containers their children.
 */
export type JsonNode =
  | { readonly kind: 'null' }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<readonly [string, JsonNode]> };

export const JSON_NULL: JsonNode = { kind: 'null' };

export const jsonString = (value: string): JsonNode => ({ kind: 'string', value });
export const jsonLiteral = (text: string): JsonNode => ({ kind: 'literal', text });
