/**
 * Select-Object: picks properties (names, wildcards, calculated properties) into new objects
 * typed `Selected.<type>`, expands one property, or picks objects by position (-First stops the
 * commands upstream once it has enough, -Last buffers, -Skip, -Index) and -Unique.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { getMemberValue } from '../../runtime/compile/memberAccess.js';
import { psEquals } from '../../runtime/operators/compare.js';
import { wildcardToRegex } from '../../runtime/regex/wildcard.js';
import { expandSpecs, propertySpec, PropertySpecError, type PropertySpec } from '../shared/calculatedProperty.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { enumerableItems } from '../../runtime/values/enumerate.js';

export default defineCmdlet({
  name: 'Select-Object',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['select'],
  defaultParameterSet: 'DefaultParameter',
  synopsis: 'Selects objects or object properties.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.objects({ sets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } } }),
    ExcludeProperty: param.strings({ sets: ['DefaultParameter', 'SkipLastParameter'] }),
    ExpandProperty: param.string({ sets: ['DefaultParameter', 'SkipLastParameter'] }),
    Unique: param.switch(),
    CaseInsensitive: param.switch(),
    Last: param.int({ sets: ['DefaultParameter'], validateRange: [0, 2147483647] }),
    First: param.int({ sets: ['DefaultParameter'], validateRange: [0, 2147483647] }),
    Skip: param.int({ sets: ['DefaultParameter'], validateRange: [0, 2147483647] }),
    SkipLast: param.int({ sets: ['SkipLastParameter'], validateRange: [0, 2147483647] }),
    Wait: param.switch({ sets: ['DefaultParameter', 'IndexParameter'] }),
    Index: param.ints({ sets: ['IndexParameter'] }),
  },
  invoke: (c) => {
    let specs: PropertySpec[] | null = null;
    let excluded: RegExp[] = [];
    let seen = 0;
    let emitted = 0;
    const lastBuffer: unknown[] = [];
    const skipLastBuffer: unknown[] = [];
    const uniques: unknown[] = [];
    const indexes = new Set<number>();

    const shape = (input: unknown): unknown[] => {
      const ctx = c.callerCtx;
      if (c.params.ExpandProperty !== undefined) {
        const name = c.params.ExpandProperty;
        const value = input instanceof PSObject || typeof input === 'object' ? getPropertyValue(input, name) ?? getMemberValue(ctx, input, name) : getMemberValue(ctx, input, name);
        if (value === undefined || (value === null && getPropertyValue(input, name) === undefined && !hasMember(input, name))) {
          c.writeError({
            message: `Property "${name}" cannot be found.`,
            id: 'ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand',
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.PSArgumentException',
            target: input,
          });
          return [];
        }
        const items = enumerableItems(value) ?? [value];
        if (specs && specs.length > 0) {
          return items.map((item) => {
            const o = item instanceof PSObject ? item : new PSObject(item, undefined);
            for (const s of expandSpecs(specs!, input)) o.setNote(s.name ?? '', s.read(ctx, input));
            return o;
          });
        }
        return items;
      }
      if (!specs) return [input];
      const o = new PSObject(null, [`Selected.${typeNameOf(input instanceof PSObject && input.baseObject !== null ? input.baseObject : input)}`, 'System.Management.Automation.PSCustomObject', 'System.Object']);
      for (const s of expandSpecs(specs, input)) {
        const name = s.name ?? '';
        if (excluded.some((r) => r.test(name))) continue;
        if (o.getProperty(name)) {
          c.writeError({
            message: `The property cannot be processed because the property "${name}" already exists.`,
            id: 'AlreadyExistingUserSpecifiedPropertyNoExpand,Microsoft.PowerShell.Commands.SelectObjectCommand',
            category: 'InvalidOperation',
            exceptionType: 'System.Management.Automation.PSArgumentException',
            target: input,
          });
          continue;
        }
        o.setNote(name, s.read(ctx, input) ?? null);
      }
      return [o];
    };

    const emit = (value: unknown): void => {
      if (c.params.Unique) {
        if (uniques.some((u) => psEquals(u, value, !c.params.CaseInsensitive) && sameType(u, value))) return;
        uniques.push(value);
      }
      c.write(value);
    };

    return {
      begin() {
        try {
          if (c.params.Property) specs = c.params.Property.map(propertySpec);
        } catch (e) {
          if (e instanceof PropertySpecError) c.fail({ message: e.message, id: 'IllegalKey', category: 'InvalidArgument', exceptionType: 'System.NotSupportedException' });
          throw e;
        }
        if (specs && c.params.ExcludeProperty) excluded = c.params.ExcludeProperty.map((p) => wildcardToRegex(p, { caseSensitive: false }));
        else if (!specs && c.params.ExcludeProperty && c.params.ExpandProperty === undefined) {
          specs = [propertySpec('*')];
          excluded = c.params.ExcludeProperty.map((p) => wildcardToRegex(p, { caseSensitive: false }));
        }
        for (const i of c.params.Index ?? []) indexes.add(i);
      },
      process() {
        if (c.params.InputObject === undefined && c.expectingInput) return;
        const input = c.params.InputObject === undefined ? null : c.params.InputObject;
        const position = seen++;
        if (c.params.Index) {
          if (indexes.has(position)) for (const v of shape(input)) emit(v);
          return;
        }
        if (c.params.Skip !== undefined && position < c.params.Skip) return;
        if (c.params.SkipLast !== undefined) {
          skipLastBuffer.push(input);
          if (skipLastBuffer.length > c.params.SkipLast) for (const v of shape(skipLastBuffer.shift())) emit(v);
          return;
        }
        if (c.params.Last !== undefined && c.params.First === undefined) {
          lastBuffer.push(input);
          if (lastBuffer.length > c.params.Last) lastBuffer.shift();
          return;
        }
        if (c.params.First !== undefined && emitted >= c.params.First) {
          if (c.params.Last === undefined) c.stopUpstream();
          lastBuffer.push(input);
          if (lastBuffer.length > (c.params.Last ?? 0)) lastBuffer.shift();
          return;
        }
        for (const v of shape(input)) emit(v);
        emitted++;
        if (c.params.First !== undefined && emitted >= c.params.First && c.params.Last === undefined) c.stopUpstream();
      },
      end() {
        if (c.params.Last !== undefined) for (const input of lastBuffer) for (const v of shape(input)) emit(v);
      },
    };
  },
});

function hasMember(input: unknown, name: string): boolean {
  return input instanceof PSObject && input.getProperty(name) !== undefined;
}

function sameType(a: unknown, b: unknown): boolean {
  return typeNameOf(a) === typeNameOf(b);
}

