/**
 * ConvertTo-Json's walk over a value (pwsh's JsonObject.ProcessValue): scalars become JSON
 * scalars at any depth; dictionaries, collections and objects are expanded while their depth is
 * at most `maxDepth` (the input itself is depth 0) and become their [string] form beyond it.
 * A PSObject wrapping a number, bool or similar with note properties of its own becomes
 * `{"value": ..., "Note": ...}`; strings and dates ignore their notes (Get-Content's PSPath and
 * Get-Date's DisplayHint would otherwise appear).
 */
import { toStr } from '../convert/toStringValue.js';
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { propertiesOf, readPSProperty } from '../members/properties.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { PSHashtable } from '../values/Hashtable.js';
import { makeDouble, TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSEnumValue, PSGuid, SwitchParameter } from '../values/scalars.js';
import { nonStringKeyError } from './jsonErrors.js';
import { JSON_NULL, jsonLiteral, jsonString, type JsonNode } from './jsonNode.js';
import { dateTimeText, numberNode } from './jsonScalarText.js';

export interface JsonWalkOptions {
  readonly maxDepth: number;
  readonly enumsAsStrings: boolean;
}

export class JsonNodeBuilder {
  /** Set when some value was cut at the depth limit (the cmdlet then warns). */
  truncated = false;
  constructor(private readonly options: JsonWalkOptions) {}

  build(value: unknown, depth = 0): JsonNode {
    const wrapper = value instanceof PSObject && value.baseObject !== null ? value : null;
    const base = wrapper ? wrapper.baseObject : value;
    const scalar = this.scalarNode(base);
    if (scalar) {
      if (!wrapper || typeof base === 'string' || base instanceof DateTime || wrapper.properties.size === 0)
        return scalar;
      return { kind: 'object', entries: [['value', scalar], ...this.noteEntries(wrapper, depth)] };
    }
    if (depth > this.options.maxDepth) {
      this.truncated = true;
      return jsonString(toStr(value));
    }
    const node = this.containerNode(base, depth);
    if (!wrapper || wrapper.properties.size === 0) return node;
    if (node.kind === 'object')
      return { kind: 'object', entries: [...node.entries, ...this.noteEntries(wrapper, depth)] };
    return { kind: 'object', entries: [['value', node], ...this.noteEntries(wrapper, depth)] };
  }

  /** The node of a value that is written the same at every depth, or null. */
  private scalarNode(value: unknown): JsonNode | null {
    if (value === null || value === undefined) return JSON_NULL;
    if (typeof value === 'string') return jsonString(value);
    if (typeof value === 'boolean') return jsonLiteral(value ? 'true' : 'false');
    if (typeof value === 'number' || typeof value === 'bigint') return numberNode(value);
    if (value instanceof TypedNumber || value instanceof Decimal) return numberNode(value);
    if (value instanceof DateTime) return jsonString(dateTimeText(value));
    if (value instanceof PSChar || value instanceof PSGuid) return jsonString(value.toString());
    if (value instanceof PSEnumValue) {
      return this.options.enumsAsStrings ? jsonString(value.name) : jsonLiteral(String(value.value));
    }
    return null;
  }

  private containerNode(value: unknown, depth: number): JsonNode {
    if (value instanceof PSHashtable) return this.dictionaryNode(value, depth);
    if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => this.build(v, depth + 1)) };
    if (value instanceof PSList)
      return { kind: 'array', items: value.items.map((v) => this.build(v, depth + 1)) };
    return { kind: 'object', entries: this.propertyEntries(value, depth) };
  }

  private dictionaryNode(dictionary: PSHashtable, depth: number): JsonNode {
    const entries: Array<[string, JsonNode]> = [];
    for (const [key, v] of dictionary.pairs()) {
      if (typeof key !== 'string') throw nonStringKeyError(typeNameOf(dictionary), dictionary);
      entries.push([key, this.build(v, depth + 1)]);
    }
    return { kind: 'object', entries };
  }

  /** A custom object's properties, or a .NET value's public properties. */
  private propertyEntries(value: unknown, depth: number): Array<[string, JsonNode]> {
    if (value instanceof PSObject) {
      return [...value.properties.values()].map((p) => [
        p.name,
        this.build(readPSProperty(value, p.name), depth + 1),
      ]);
    }
    return dotNetProperties(value).map(([name, v]) => [name, this.build(v, depth + 1)]);
  }

  private noteEntries(wrapper: PSObject, depth: number): Array<[string, JsonNode]> {
    return [...wrapper.properties.values()].map((p) => [
      p.name,
      this.build(readPSProperty(wrapper, p.name), depth + 1),
    ]);
  }
}

/** The public properties .NET reflection lists, in its order, for the structs scripts serialize. */
function dotNetProperties(value: unknown): Array<readonly [string, unknown]> {
  if (value instanceof TimeSpan) {
    return [
      ['Ticks', new TypedNumber('Int64', value.ticks)],
      ['Days', value.days],
      ['Hours', value.hours],
      ['Milliseconds', value.milliseconds],
      ['Microseconds', value.microseconds],
      ['Nanoseconds', value.nanoseconds],
      ['Minutes', value.minutes],
      ['Seconds', value.seconds],
      ['TotalDays', makeDouble(value.totalDays)],
      ['TotalHours', makeDouble(value.totalHours)],
      ['TotalMilliseconds', makeDouble(value.totalMilliseconds)],
      ['TotalMicroseconds', makeDouble(Number(value.ticks) / 10)],
      ['TotalNanoseconds', makeDouble(Number(value.ticks) * 100)],
      ['TotalMinutes', makeDouble(value.totalMinutes)],
      ['TotalSeconds', makeDouble(value.totalSeconds)],
    ];
  }
  if (value instanceof SwitchParameter) return [['IsPresent', value.isPresent]];
  return propertiesOf(value).map((p) => [p.name, p.get()] as const);
}
