/**
 * The parameter binder, one for every command (cmdlets, functions, scripts, script blocks), after
 * pwsh's ParameterBinderController: named arguments (exact names, aliases and unambiguous
 * prefixes), then positional arguments by position within the candidate parameter sets, type
 * conversion and validation, parameter-set resolution, and per pipeline object the binding of
 * ValueFromPipeline and ValueFromPipelineByPropertyName parameters.
 */
import type { Extent } from '../../language/ast.js';
import { convertToType } from '../convert/convertTo.js';
import { ConversionError } from '../convert/ConversionError.js';
import { toStr } from '../convert/toStringValue.js';
import { toBool } from '../convert/toBoolean.js';
import { ALL_SETS, parameterTypeName, type CommandMetadata, type ParameterMetadata } from '../commands/metadata.js';
import { ValidationError } from '../commands/validators.js';
import { getPropertyValue } from '../members/properties.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSObject } from '../values/PSObject.js';
import { PSHashtable } from '../values/Hashtable.js';
import { SwitchParameter } from '../values/scalars.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { RuntimeError } from '../errors.js';
import type { CommandArgument } from './CommandArgument.js';
import { bindingError } from './BindingError.js';
import { ParameterToken } from '../values/ParameterToken.js';

export interface BoundArguments {
  /** Parameter (declared name) -> converted value. */
  readonly values: Map<string, unknown>;
  /** Arguments no parameter took (a simple function's $args). */
  readonly unbound: unknown[];
  /** Parameter set names still possible. */
  candidateSets: string[];
}

export class Binder {
  constructor(
    readonly meta: CommandMetadata,
    readonly extent: Extent | null,
  ) {}

  private get name(): string {
    return this.meta.name;
  }

  private fail(message: string, id: string, category: 'InvalidArgument' | 'InvalidData' = 'InvalidArgument'): RuntimeError {
    return bindingError(this.name, message, id, this.extent, category);
  }

  /** Finds a parameter by name, alias or unambiguous prefix. */
  resolveName(written: string): ParameterMetadata | null {
    const lower = written.toLowerCase();
    const exact = this.meta.byName.get(lower);
    if (exact) return exact;
    const matches = new Set<ParameterMetadata>();
    for (const [key, p] of this.meta.byName) if (key.startsWith(lower)) matches.add(p);
    if (matches.size === 1) return [...matches][0]!;
    if (matches.size > 1) {
      // Common parameters lose to the command's own when both match a prefix.
      const own = [...matches].filter((p) => !p.isCommon);
      if (own.length === 1) return own[0]!;
      throw this.fail(
        `Parameter cannot be processed because the parameter name '${written}' is ambiguous. Possible matches include: ${[...matches].map((p) => '-' + p.name).join(' ')}.`,
        'AmbiguousParameter',
      );
    }
    return null;
  }

  /** Binds the command-line arguments. */
  bindCommandLine(args: readonly CommandArgument[], expectingInput: boolean): BoundArguments {
    const values = new Map<string, unknown>();
    const fromSplat = new Set<string>();
    const positional: CommandArgument[] = [];
    // $args keeps the written order of everything no parameter took: [argument index, value].
    const unboundAt: [number, unknown][] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.name === null) {
        positional.push(a);
        continue;
      }
      const p = this.resolveName(a.name);
      if (!p) {
        // A ValueFromRemainingArguments parameter also takes unknown -names, as written.
        if (!this.meta.isAdvanced || this.meta.parameters.some((x) => x.sets.some((s) => s.fromRemainingArguments))) {
          if (this.meta.isAdvanced) {
            positional.push({ name: null, hasValue: false, value: a.text ?? '-' + a.name, extent: a.extent });
            if (a.hasValue) positional.push({ name: null, hasValue: false, value: a.value, extent: a.extent });
            continue;
          }
          // A simple function passes unknown -names through to $args.
          unboundAt.push([i, new ParameterToken(a.name, a.text ?? '-' + a.name + (a.hasValue ? ':' : ''))]);
          if (a.hasValue) unboundAt.push([i + 0.5, a.value]);
          else if (args[i + 1] && args[i + 1]!.name === null) {
            // pwsh gives the unknown -Name the value after it: both go to $args.
            unboundAt.push([i + 1, args[i + 1]!.value]);
            i++;
          }
          continue;
        }
        throw this.fail(`A parameter cannot be found that matches parameter name '${a.name}'.`, 'NamedParameterNotFound');
      }
      let value: unknown;
      if (p.isSwitch) value = a.hasValue ? a.value : true;
      else if (a.hasValue) value = a.value;
      else {
        const next = args[i + 1];
        if (!next || next.name !== null) {
          throw this.fail(
            `Missing an argument for parameter '${p.name}'. Specify a parameter of type '${parameterTypeName(p)}' and try again.`,
            'MissingArgument',
          );
        }
        value = next.value;
        i++;
      }
      if (values.has(p.name) && !fromSplat.has(p.name) && !a.fromSplat) {
        throw this.fail(
          `Cannot bind parameter because parameter '${p.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
          'ParameterAlreadyBound',
        );
      }
      if (values.has(p.name) && a.fromSplat) continue; // an explicit argument wins over the splat
      values.set(p.name, this.convert(p, value));
      if (a.fromSplat) fromSplat.add(p.name);
      else fromSplat.delete(p.name);
    }
    let candidates = this.setsAllowing([...values.keys()]);
    if (candidates.length === 0) throw this.ambiguous();
    // Positional arguments, trying the default set first.
    if (positional.length > 0) {
      const order = [...candidates].sort((a, b) => (a === this.meta.defaultParameterSet ? -1 : b === this.meta.defaultParameterSet ? 1 : 0));
      let bound: Map<string, unknown> | null = null;
      let leftovers: CommandArgument[] = positional;
      let firstError: RuntimeError | null = null;
      let best: { set: string; bound: Map<string, unknown>; leftovers: CommandArgument[]; exact: number } | null = null;
      // Like pwsh, prefer the set whose positional parameters take the arguments without conversion
      // (`Where-Object { ... }` binds -FilterScript, not the default set's [string] -Property).
      for (const set of order) {
        try {
          const attempt = this.bindPositional(set, positional, values);
          if (attempt.leftovers.length === 0 || !this.meta.isAdvanced) {
            if (!best || attempt.exact > best.exact) best = { set, ...attempt };
          } else if (!best) leftovers = attempt.leftovers;
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e;
          firstError ??= e;
        }
      }
      if (best) {
        bound = best.bound;
        leftovers = best.leftovers;
        candidates = this.setsAllowing([...values.keys(), ...best.bound.keys()]).filter((s) => order.includes(s));
        if (!candidates.includes(best.set) && best.set !== ALL_SETS) candidates = [best.set];
      }
      if (!bound && firstError) throw firstError;
      if (bound) for (const [k, v] of bound) values.set(k, v);
      if (leftovers.length > 0) {
        if (this.meta.isAdvanced) {
          throw this.fail(`A positional parameter cannot be found that accepts argument '${argText(leftovers[0]!.value)}'.`, 'PositionalParameterNotFound');
        }
        for (const l of leftovers) unboundAt.push([args.indexOf(l), l.value]);
      }
    }
    const unbound = unboundAt.sort((x, y) => x[0] - y[0]).map((e) => e[1]);
    const result: BoundArguments = { values, unbound, candidateSets: candidates };
    this.narrowSets(result, expectingInput);
    if (!expectingInput) this.checkMandatory(result);
    return result;
  }

  private bindPositional(set: string, positional: CommandArgument[], already: Map<string, unknown>): { bound: Map<string, unknown>; leftovers: CommandArgument[]; exact: number } {
    const slots: { p: ParameterMetadata; position: number }[] = [];
    let remaining: ParameterMetadata | null = null;
    for (const p of this.meta.parameters) {
      if (already.has(p.name)) continue;
      const m = p.sets.find((s) => s.set === set || s.set === ALL_SETS);
      if (!m) continue;
      if (m.fromRemainingArguments) remaining = p;
      if (m.position !== null && this.meta.positionalBinding !== false) slots.push({ p, position: m.position });
      else if (m.position !== null) slots.push({ p, position: m.position });
    }
    slots.sort((a, b) => a.position - b.position);
    const bound = new Map<string, unknown>();
    const leftovers: CommandArgument[] = [];
    let slot = 0;
    let exact = 0;
    for (let i = 0; i < positional.length; i++) {
      const a = positional[i]!;
      const s = slots[slot];
      if (s && s.p !== remaining) {
        if (s.p.type && typeMatches(s.p, a.value)) exact++;
        bound.set(s.p.name, this.convert(s.p, a.value));
        slot++;
        continue;
      }
      if (remaining) {
        const rest = positional.slice(i).map((x) => x.value);
        // A single remaining argument binds as itself (an array stays one array, not nested).
        bound.set(remaining.name, this.convert(remaining, rest.length === 1 ? rest[0] : rest));
        break;
      }
      leftovers.push(a);
    }
    return { bound, leftovers, exact };
  }

  private ambiguous(): RuntimeError {
    return this.fail(
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
      'AmbiguousParameterSet',
    );
  }

  /** The sets in which every one of `names` is allowed. */
  private setsAllowing(names: string[]): string[] {
    const all = this.meta.setNames.length > 0 ? [...this.meta.setNames] : [ALL_SETS];
    return all.filter((set) =>
      names.every((n) => {
        const p = this.meta.parameters.find((x) => x.name === n);
        return !p || p.sets.some((s) => s.set === set || s.set === ALL_SETS);
      }),
    );
  }

  /** Picks the parameter set when the bound parameters allow more than one. */
  private narrowSets(b: BoundArguments, expectingInput: boolean): void {
    if (b.candidateSets.length <= 1) return;
    const satisfied = b.candidateSets.filter((set) => this.missingMandatory(set, b.values, expectingInput).length === 0);
    if (satisfied.length === 1) {
      b.candidateSets = satisfied;
      return;
    }
    if (b.candidateSets.includes(this.meta.defaultParameterSet) && (satisfied.length === 0 || satisfied.includes(this.meta.defaultParameterSet))) {
      if (!expectingInput) b.candidateSets = [this.meta.defaultParameterSet];
      return;
    }
    if (satisfied.length > 1 && !expectingInput) throw this.ambiguous();
  }

  private missingMandatory(set: string, values: Map<string, unknown>, allowPipeline: boolean): ParameterMetadata[] {
    const missing: ParameterMetadata[] = [];
    for (const p of this.meta.parameters) {
      if (values.has(p.name)) continue;
      const m = p.sets.find((s) => s.set === set || s.set === ALL_SETS);
      if (!m?.mandatory) continue;
      if (allowPipeline && (m.fromPipeline || m.byPropertyName)) continue;
      missing.push(p);
    }
    return missing;
  }

  checkMandatory(b: BoundArguments): void {
    const set = b.candidateSets[0] ?? ALL_SETS;
    const missing = this.missingMandatory(set, b.values, false);
    if (missing.length > 0) {
      throw this.fail(
        `Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`,
        'MissingMandatoryParameter',
      );
    }
  }

  /** The parameter set in force. */
  parameterSetName(b: BoundArguments): string {
    const set = b.candidateSets.length === 1 ? b.candidateSets[0]! : b.candidateSets.includes(this.meta.defaultParameterSet) ? this.meta.defaultParameterSet : (b.candidateSets[0] ?? ALL_SETS);
    return set;
  }

  /**
   * Binds one pipeline object over the command-line arguments; returns the values for this object
   * or throws the non-terminating InputObjectNotBound error (the caller reports it and skips).
   */
  bindPipelineObject(base: BoundArguments, input: unknown): BoundArguments {
    const values = new Map(base.values);
    const sets = base.candidateSets;
    const inSets = (p: ParameterMetadata): { fromPipeline: boolean; byPropertyName: boolean } | null => {
      let fromPipeline = false;
      let byPropertyName = false;
      let found = false;
      for (const s of p.sets) {
        if (s.set === ALL_SETS || sets.includes(s.set)) {
          found = true;
          fromPipeline ||= s.fromPipeline;
          byPropertyName ||= s.byPropertyName;
        }
      }
      return found ? { fromPipeline, byPropertyName } : null;
    };
    const open = this.meta.parameters.filter((p) => !values.has(p.name) && !p.isCommon);
    let boundAny = false;
    // 1. ValueFromPipeline without conversion, 2. by property name, 3. ValueFromPipeline with conversion.
    for (const p of open) {
      const m = inSets(p);
      if (!m?.fromPipeline) continue;
      if (!p.type || typeMatches(p, input)) {
        values.set(p.name, this.convertPipeline(p, input));
        boundAny = true;
      }
    }
    const propertyBound = new Set<string>();
    for (const p of open) {
      if (values.has(p.name)) continue;
      const m = inSets(p);
      if (!m?.byPropertyName) continue;
      const v = propertyOf(input, p);
      if (v !== undefined) {
        values.set(p.name, this.convertPipeline(p, v));
        propertyBound.add(p.name);
        boundAny = true;
      }
    }
    if (!boundAny) {
      for (const p of open) {
        if (values.has(p.name)) continue;
        const m = inSets(p);
        if (!m?.fromPipeline) continue;
        try {
          values.set(p.name, this.convertPipeline(p, input));
          boundAny = true;
          break;
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e;
        }
      }
    }
    if (!boundAny) {
      throw bindingError(
        this.name,
        'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
        'InputObjectNotBound',
        this.extent,
        'InvalidArgument',
        input,
      );
    }
    const result: BoundArguments = { values, unbound: base.unbound, candidateSets: this.setsAllowing([...values.keys()]).filter((s) => sets.includes(s) || sets.includes(ALL_SETS)) };
    if (result.candidateSets.length === 0) result.candidateSets = [...sets];
    if (result.candidateSets.length > 1) {
      const satisfied = result.candidateSets.filter((s) => this.missingMandatory(s, values, false).length === 0);
      if (satisfied.length >= 1) result.candidateSets = satisfied.includes(this.meta.defaultParameterSet) ? [this.meta.defaultParameterSet] : [satisfied[0]!];
    }
    const missing = this.missingMandatory(this.parameterSetName(result), values, false);
    if (missing.length > 0) {
      throw bindingError(
        this.name,
        `The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  ${missing.map((p) => p.name).join(' ')}`,
        'InputObjectMissingMandatory',
        this.extent,
        'InvalidArgument',
        input,
      );
    }
    return result;
  }

  private convertPipeline(p: ParameterMetadata, value: unknown): unknown {
    return this.convert(p, value);
  }

  /** Converts and validates one argument for a parameter, with pwsh's binding error texts. */
  convert(p: ParameterMetadata, value: unknown): unknown {
    if (p.isCommon) return value;
    let v = value;
    if (p.isSwitch) {
      return SwitchParameter.of(v instanceof SwitchParameter ? v.isPresent : toBool(v));
    }
    if (v === null || v === undefined) {
      const mandatory = p.sets.some((s) => s.mandatory);
      if (mandatory && !p.allowNull) {
        throw this.fail(`Cannot bind argument to parameter '${p.name}' because it is null.`, 'ParameterArgumentValidationErrorNullNotAllowed', 'InvalidData');
      }
    } else if (p.type) {
      try {
        v = convertToType(v, p.type);
      } catch (e) {
        if (e instanceof ConversionError || e instanceof RuntimeError) {
          const inner = e instanceof RuntimeError ? e.record.message : e.message;
          if (p.isScriptParameter) {
            throw this.fail(`Cannot process argument transformation on parameter '${p.name}'. ${inner}`, 'ParameterArgumentTransformationError', 'InvalidData');
          }
          throw this.fail(`Cannot bind parameter '${p.name}'. ${inner}`, 'CannotConvertArgumentNoMessage');
        }
        throw e;
      }
    }
    const mandatory = p.sets.some((s) => s.mandatory);
    if (mandatory && v === '' && !p.allowEmptyString && p.type?.fullName === 'System.String') {
      throw this.fail(`Cannot bind argument to parameter '${p.name}' because it is an empty string.`, 'ParameterArgumentValidationErrorEmptyStringNotAllowed', 'InvalidData');
    }
    if (mandatory && Array.isArray(v) && v.length === 0 && !p.allowEmptyCollection) {
      throw this.fail(`Cannot bind argument to parameter '${p.name}' because it is an empty array.`, 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', 'InvalidData');
    }
    for (const validate of p.validators) {
      try {
        validate(v, p.name);
      } catch (e) {
        if (e instanceof ValidationError) {
          throw this.fail(`Cannot validate argument on parameter '${p.name}'. ${e.message}`, 'ParameterArgumentValidationError', 'InvalidData');
        }
        if (e instanceof RuntimeError) {
          throw this.fail(`Cannot validate argument on parameter '${p.name}'. ${e.record.message}`, 'ParameterArgumentValidationError', 'InvalidData');
        }
        throw e;
      }
    }
    return v;
  }
}

function argText(v: unknown): string {
  return toStr(v);
}

/** Does the value already have the parameter's type (no conversion needed)? */
function typeMatches(p: ParameterMetadata, value: unknown): boolean {
  const t = p.type!;
  const full = t.fullName;
  if (full === 'System.Management.Automation.PSObject') return true;
  const vt = typeNameOf(value instanceof PSObject && value.baseObject !== null ? value.baseObject : value);
  if (vt === full) return true;
  if (t.elementType) {
    const items = enumerableItems(value);
    if (!items) return typeNameOf(value) === t.elementType.fullName;
    return true;
  }
  return false;
}

function propertyOf(input: unknown, p: ParameterMetadata): unknown {
  if (input === null || input === undefined || typeof input !== 'object') return undefined;
  for (const name of [p.name, ...p.aliases]) {
    const v = input instanceof PSHashtable ? undefined : getPropertyValue(input, name);
    if (v !== undefined) return v;
  }
  return undefined;
}
