// Generated from real pwsh 7.6.9 runs (ConvertFrom-Json -NoEnumerate [-AsHashtable] [-Depth]);
// `result` is a type-tagged description of the value (see describe() in fromJson.test.ts),
// `error` the exception message and `errorId` the first part of FullyQualifiedErrorId.
export interface FromJsonCase {
  readonly text: string;
  readonly asHashtable: boolean;
  readonly depth: number | null;
  readonly result?: string;
  readonly error?: string;
  readonly errorId?: string;
}

export const FROM_JSON_CASES: readonly FromJsonCase[] = [
  { text: '12', asHashtable: false, depth: null, result: 'Int64:12' },
  { text: '2147483648', asHashtable: false, depth: null, result: 'Int64:2147483648' },
  { text: '9223372036854775807', asHashtable: false, depth: null, result: 'Int64:9223372036854775807' },
  { text: '9223372036854775808', asHashtable: false, depth: null, result: 'BigInteger:9223372036854775808' },
  {
    text: '-9223372036854775809',
    asHashtable: false,
    depth: null,
    result: 'BigInteger:-9223372036854775809',
  },
  { text: '1e2', asHashtable: false, depth: null, result: 'Double:100' },
  { text: '1.5', asHashtable: false, depth: null, result: 'Double:1.5' },
  { text: '2.0', asHashtable: false, depth: null, result: 'Double:2' },
  { text: '-0', asHashtable: false, depth: null, result: 'Int64:0' },
  { text: '-0.0', asHashtable: false, depth: null, result: 'Double:-0' },
  { text: '1E400', asHashtable: false, depth: null, result: 'Double:Infinity' },
  { text: '0.1', asHashtable: false, depth: null, result: 'Double:0.1' },
  {
    text: '"2024-01-02T03:04:05"',
    asHashtable: false,
    depth: null,
    result: 'DateTime:638397614450000000:Unspecified',
  },
  {
    text: '"2024-01-02T03:04:05Z"',
    asHashtable: false,
    depth: null,
    result: 'DateTime:638397614450000000:Utc',
  },
  {
    text: '"2024-01-02T03:04:05.123+02:00"',
    asHashtable: false,
    depth: null,
    result: 'DateTime:638397542451230000:Local',
  },
  {
    text: '"2024-01-02T03:04:05.1234567-0130"',
    asHashtable: false,
    depth: null,
    result: 'DateTime:638397668451234567:Local',
  },
  { text: '"2024-01-02"', asHashtable: false, depth: null, result: 'String:2024-01-02' },
  { text: '"2024-01-02T03:04"', asHashtable: false, depth: null, result: 'String:2024-01-02T03:04' },
  { text: '"01/02/2024"', asHashtable: false, depth: null, result: 'String:01/02/2024' },
  {
    text: '"\\/Date(1704164645000)\\/"',
    asHashtable: false,
    depth: null,
    result: 'DateTime:638397614450000000:Utc',
  },
  { text: '"2024-13-02T03:04:05"', asHashtable: false, depth: null, result: 'String:2024-13-02T03:04:05' },
  { text: '"2024-02-30T03:04:05"', asHashtable: false, depth: null, result: 'String:2024-02-30T03:04:05' },
  { text: '"x"', asHashtable: false, depth: null, result: 'String:x' },
  { text: 'true', asHashtable: false, depth: null, result: 'Boolean:True' },
  { text: 'false', asHashtable: false, depth: null, result: 'Boolean:False' },
  { text: 'null', asHashtable: false, depth: null, result: 'null' },
  { text: '', asHashtable: false, depth: null, result: 'null' },
  { text: '   ', asHashtable: false, depth: null, result: 'null' },
  { text: '[]', asHashtable: false, depth: null, result: '[]' },
  { text: '{}', asHashtable: false, depth: null, result: '{}' },
  { text: '[1,"a",null]', asHashtable: false, depth: null, result: '[Int64:1,String:a,null]' },
  {
    text: '{"a":1,"A":2}',
    asHashtable: false,
    depth: null,
    error:
      "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'.",
    errorId: 'KeysWithDifferentCasingInJsonString',
  },
  { text: '{"a":1,"a":2}', asHashtable: false, depth: null, result: '{a=Int64:2}' },
  {
    text: '{"":1}',
    asHashtable: false,
    depth: null,
    error:
      'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.',
    errorId: 'EmptyKeyInJsonString',
  },
  {
    text: '{"__proto__":1,"constructor":{"prototype":2}}',
    asHashtable: false,
    depth: null,
    result: '{__proto__=Int64:1;constructor={prototype=Int64:2}}',
  },
  {
    text: '{"a":',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  { text: '{a:1}', asHashtable: false, depth: null, result: '{a=Int64:1}' },
  { text: "{'a':'b'}", asHashtable: false, depth: null, result: '{a=String:b}' },
  { text: '[1,2,]', asHashtable: false, depth: null, result: '[Int64:1,Int64:2]' },
  { text: '{"a":1,}', asHashtable: false, depth: null, result: '{a=Int64:1}' },
  {
    text: '[1 2]',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: 'tru',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when reading JSON. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: 'abc',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected character encountered while parsing value: a. Path '', line 0, position 0.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '1 2',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: 2. Path '', line 1, position 2.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1} x',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: x. Path '', line 1, position 8.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '"unterminated',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path '', line 1, position 13.",
    errorId: 'System.ArgumentException',
  },
  { text: '// comment\n  {"a":1 /* c */}', asHashtable: false, depth: null, result: '{a=Int64:1}' },
  { text: 'NaN', asHashtable: false, depth: null, result: 'Double:NaN' },
  { text: '0x10', asHashtable: false, depth: null, result: 'Int64:16' },
  { text: '01', asHashtable: false, depth: null, result: 'Int64:1' },
  { text: '"\\u00e9\\n\\t\\/"', asHashtable: false, depth: null, result: 'String:é\n\t/' },
  {
    text: '"\\x"',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Bad JSON escape sequence: \\x. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 6.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1,',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 7.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a"',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Invalid character after parsing property name. Expected ':' but got: \u0000. Path '', line 1, position 4.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when reading JSON. Path '', line 1, position 1.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":[1,2',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a[1]', line 1, position 9.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":{"b":1',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a.b', line 1, position 11.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":[',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path 'a'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path ''.",
    errorId: 'System.ArgumentException',
  },
  { text: '[1', asHashtable: false, depth: null, result: '[Int64:1]' },
  {
    text: '[1,',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path ''.",
    errorId: 'System.ArgumentException',
  },
  { text: '[{"a":1', asHashtable: false, depth: null, result: '[{a=Int64:1}]' },
  {
    text: '[{"a":',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[0]'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1}}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: }. Path '', line 1, position 7.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[1]]',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: ]. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a" 1}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Invalid character after parsing property name. Expected ':' but got: 1. Path '', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1 "b":2}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: After parsing a value an unexpected character was encountered: \". Path 'a', line 1, position 7.",
    errorId: 'System.ArgumentException',
  },
  { text: '{1:2}', asHashtable: false, depth: null, result: '{1=Int64:2}' },
  {
    text: '{-:2}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Invalid property identifier character: -. Path '', line 1, position 1.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1]',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: JsonToken EndArray is not valid for closing JsonType Object. Path '', line 1, position 7.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[1}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: JsonToken EndObject is not valid for closing JsonType Array. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: ']',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: JsonToken EndArray is not valid for closing JsonType None. Path '', line 1, position 1.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected character encountered while parsing value: }. Path '', line 0, position 0.",
    errorId: 'System.ArgumentException',
  },
  {
    text: ',',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: ,. Path '', line 1, position 0.",
    errorId: 'System.ArgumentException',
  },
  { text: '[1,,2]', asHashtable: false, depth: null, result: '[Int64:1,null,Int64:2]' },
  { text: '[,1]', asHashtable: false, depth: null, result: '[null,Int64:1]' },
  { text: '{"a":,}', asHashtable: false, depth: null, result: '{a=null}' },
  {
    text: 'nul',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when reading JSON. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: 'nulx',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Error parsing null value. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: 'truex',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Error parsing boolean value. Path '', line 1, position 4.",
    errorId: 'System.ArgumentException',
  },
  {
    text: 'true x',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: x. Path '', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  {
    text: 'falsey',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Error parsing boolean value. Path '', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '-',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Input string '-' is not a valid number. Path '', line 1, position 1.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '1.2.3',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Input string '1.2.3' is not a valid number. Path '', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '1e',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Input string '1e' is not a valid number. Path '', line 1, position 2.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '--1',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Input string '--1' is not a valid number. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  { text: '.5', asHashtable: false, depth: null, result: 'Double:0.5' },
  { text: '-.5', asHashtable: false, depth: null, result: 'Double:-0.5' },
  { text: '1.', asHashtable: false, depth: null, result: 'Double:1' },
  {
    text: '"a\\u00zz"',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Invalid Unicode escape sequence: \\u00zz. Path '', line 1, position 4.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '"\\u12"',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end while parsing Unicode escape sequence. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{\n  "a": 1,\n  "b": x\n}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected character encountered while parsing value: x. Path 'b', line 3, position 7.",
    errorId: 'System.ArgumentException',
  },
  { text: '[\r\n1,\r\n2\r\n', asHashtable: false, depth: null, result: '[Int64:1,Int64:2]' },
  { text: 'undefined', asHashtable: false, depth: null, result: 'null' },
  { text: '[undefined]', asHashtable: false, depth: null, result: '[null]' },
  { text: 'Infinity', asHashtable: false, depth: null, result: 'Double:Infinity' },
  { text: '-Infinity', asHashtable: false, depth: null, result: 'Double:-Infinity' },
  {
    text: '{"a b":{"c.d":[1,{"e":x}]}}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected character encountered while parsing value: x. Path '['a b']['c.d'][1].e', line 1, position 22.",
    errorId: 'System.ArgumentException',
  },
  {
    text: "{'a':1, b:2, $c_1:3}",
    asHashtable: false,
    depth: null,
    result: '{a=Int64:1;b=Int64:2;$c_1=Int64:3}',
  },
  { text: '{"a":1/*x*/,"b":2}', asHashtable: false, depth: null, result: '{a=Int64:1;b=Int64:2}' },
  {
    text: '/*x',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end while parsing comment. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[1 /x',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end while parsing comment. Path '[0]', line 1, position 4.",
    errorId: 'System.ArgumentException',
  },
  { text: '{"a":NaN}', asHashtable: false, depth: null, result: '{a=Double:NaN}' },
  { text: '[1]   // tail', asHashtable: false, depth: null, result: '[Int64:1]' },
  {
    text: '0x1G',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected character encountered while parsing number: G. Path '', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  { text: '00', asHashtable: false, depth: null, result: 'Int64:0' },
  {
    text: '08',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Input string '08' is not a valid number. Path '', line 1, position 2.",
    errorId: 'System.ArgumentException',
  },
  { text: '-012', asHashtable: false, depth: null, result: 'Int64:-12' },
  { text: '1E+2', asHashtable: false, depth: null, result: 'Double:100' },
  { text: '1e-2', asHashtable: false, depth: null, result: 'Double:0.01' },
  {
    text: '123456789012345678901234567890',
    asHashtable: false,
    depth: null,
    result: 'BigInteger:123456789012345678901234567890',
  },
  {
    text: '12345678901234567890.5',
    asHashtable: false,
    depth: null,
    result: 'Double:1.2345678901234567E+19',
  },
  { text: '"\\uD83D\\uDE00"', asHashtable: false, depth: null, result: 'String:😀' },
  { text: '"a\tb"', asHashtable: false, depth: null, result: 'String:a\tb' },
  { text: '[[1', asHashtable: false, depth: null, result: '[[Int64:1]]' },
  {
    text: '[1,[',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[1]'.",
    errorId: 'System.ArgumentException',
  },
  { text: '[1,[2', asHashtable: false, depth: null, result: '[Int64:1,[Int64:2]]' },
  { text: '[[1],', asHashtable: false, depth: null, result: '[[Int64:1]]' },
  {
    text: '{"a":[1,',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path 'a'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":{',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path 'a'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":{"b":',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path 'a'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":{ ',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path 'a'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{ ',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when reading JSON. Path '', line 1, position 2.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[ ',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path ''.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":[[1',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a[0][0]', line 1, position 8.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":[{',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path 'a[0]'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[{',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[0]'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[{"a"',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Invalid character after parsing property name. Expected ':' but got: \u0000. Path '[0]', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[{"a":1,',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[0]'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":1,"b"',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Invalid character after parsing property name. Expected ':' but got: \u0000. Path 'a', line 1, position 10.",
    errorId: 'System.ArgumentException',
  },
  { text: '[1,{"a":[2', asHashtable: false, depth: null, result: '[Int64:1,{a=[Int64:2]}]' },
  {
    text: '{"a":[1]',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 8.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":{}',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 7.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":[],',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 8.",
    errorId: 'System.ArgumentException',
  },
  { text: '[[]', asHashtable: false, depth: null, result: '[[]]' },
  { text: '[{}', asHashtable: false, depth: null, result: '[{}]' },
  {
    text: '"abc',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path '', line 1, position 4.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":"x',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path 'a', line 1, position 7.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[1,"x',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path '[0]', line 1, position 5.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[\n1,\n',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path ''.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{\r\n"a":\r\n',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 4, position 0.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{\n"a":\n',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 3, position 0.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{\r"a":\r',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 3, position 0.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{\r\n"a":1\r\n',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 4, position 0.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[\r\n1\r\n2]',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: After parsing a value an unexpected character was encountered: 2. Path '[0]', line 3, position 0.",
    errorId: 'System.ArgumentException',
  },
  { text: '{"a":{"b":{"c":1}}}', asHashtable: false, depth: null, result: '{a={b={c=Int64:1}}}' },
  { text: '[[[1]]]', asHashtable: false, depth: null, result: '[[[Int64:1]]]' },
  { text: '[[1]]', asHashtable: false, depth: null, result: '[[Int64:1]]' },
  { text: '{"a":[{"b":1}]}', asHashtable: false, depth: null, result: '{a=[{b=Int64:1}]}' },
  {
    text: '{"x":[1,{"y":"2024-01-02T03:04:05Z"}],"n":{"m":null}}',
    asHashtable: false,
    depth: null,
    result: '{x=[Int64:1,{y=DateTime:638397614450000000:Utc}];n={m=null}}',
  },
  { text: '"\\u0041\'"', asHashtable: false, depth: null, result: "String:A'" },
  {
    text: "'it''s'",
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: '. Path '', line 1, position 4.",
    errorId: 'System.ArgumentException',
  },
  { text: "'a\\'b'", asHashtable: false, depth: null, result: "String:a'b" },
  {
    text: '{"a":1,"b":{"A":1,"a":2}}',
    asHashtable: false,
    depth: null,
    error:
      "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'A' was 'a'.",
    errorId: 'KeysWithDifferentCasingInJsonString',
  },
  { text: '{"a":1,"a":2}', asHashtable: true, depth: null, result: 'H{a=Int64:2}' },
  {
    text: '{"":1,"b":[1,{"c":2}]}',
    asHashtable: true,
    depth: null,
    result: 'H{=Int64:1;b=[Int64:1,H{c=Int64:2}]}',
  },
  {
    text: '{"a":{"b":{"c":1}}}',
    asHashtable: false,
    depth: 2,
    error:
      "Conversion from JSON failed with error: The reader's MaxDepth of 2 has been exceeded. Path 'a.b', line 1, position 11.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[[[1]]]',
    asHashtable: false,
    depth: 2,
    error:
      "Conversion from JSON failed with error: The reader's MaxDepth of 2 has been exceeded. Path '[0][0]', line 1, position 3.",
    errorId: 'System.ArgumentException',
  },
  { text: '[[1]]', asHashtable: false, depth: 2, result: '[[Int64:1]]' },
  { text: '{"a":{"b":1}}', asHashtable: false, depth: 2, result: '{a={b=Int64:1}}' },
  {
    text: '{"a":[1]}',
    asHashtable: false,
    depth: 1,
    error:
      "Conversion from JSON failed with error: The reader's MaxDepth of 1 has been exceeded. Path 'a', line 1, position 6.",
    errorId: 'System.ArgumentException',
  },
  { text: '1', asHashtable: false, depth: 1, result: 'Int64:1' },
  {
    text: '{"a":[[1],',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a[0]', line 1, position 10.",
    errorId: 'System.ArgumentException',
  },
  { text: '[[1],[2],', asHashtable: false, depth: null, result: '[[Int64:1],[Int64:2]]' },
  { text: '[{"a":1},', asHashtable: false, depth: null, result: '[{a=Int64:1}]' },
  {
    text: '[[1,',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[0]'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '{"a":[{},',
    asHashtable: false,
    depth: null,
    error:
      "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a[0]', line 1, position 9.",
    errorId: 'System.ArgumentException',
  },
  { text: '[[1],  ', asHashtable: false, depth: null, result: '[[Int64:1]]' },
  {
    text: '[{"a":[1],',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[0]'.",
    errorId: 'System.ArgumentException',
  },
  {
    text: '[{"a":{},',
    asHashtable: false,
    depth: null,
    error: "Conversion from JSON failed with error: Unexpected end when reading token. Path '[0]'.",
    errorId: 'System.ArgumentException',
  },
];
