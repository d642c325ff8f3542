/**
 * The metadata of a script's or function's param() block, read from its attributes the way pwsh
 * reads [Parameter()], [Alias()], [CmdletBinding()] and the validation attributes. The result is a
 * CommandMetadata, so scripts and cmdlets share one binder.
 */
import type { AttributeAst, ParameterAst, ScriptBlockAst } from '../../language/ast.js';
import { toBool } from '../convert/toBoolean.js';
import { toStr } from '../convert/toStringValue.js';
import { asNumber } from '../convert/toNumber.js';
import { toDouble } from '../values/numbers.js';
import { enumerableItems } from '../values/enumerate.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { resolveType } from '../types/registry.js';
import { runtimeError } from '../errors.js';
import {
  ALL_SETS,
  buildCommandMetadata,
  type CommandMetadata,
  type ParameterMetadata,
  type SetMembership,
  type Validator,
} from '../commands/metadata.js';
import {
  validateCount,
  validateLength,
  validateNotNull,
  validateNotNullOrEmpty,
  validatePattern,
  validateRange,
  validateSet,
  ValidationError,
} from '../commands/validators.js';
import type { Ctx } from '../compile/Ctx.js';
import { compileExpression } from '../compile/expressions.js';
import { invokeScriptBlock } from './invokeScriptBlock.js';
import { compileScriptBlock } from './compileScriptBlock.js';
import { regexIsMatch } from '../operators/textOps.js';

const cache = new WeakMap<ScriptBlockAst, CommandMetadata>();

interface AttributeValues {
  positional: unknown[];
  named: Map<string, unknown>;
}

function evaluateAttribute(ctx: Ctx, a: AttributeAst): AttributeValues {
  const positional = a.positionalArguments.map((e) => compileExpression(e)(ctx));
  const named = new Map<string, unknown>();
  for (const n of a.namedArguments) named.set(n.name.toLowerCase(), n.argument ? compileExpression(n.argument)(ctx) : true);
  return { positional, named };
}

function flatStrings(values: unknown[]): string[] {
  return values.flatMap((v) => (enumerableItems(v) ?? [v]).map((x) => toStr(x)));
}

export function scriptMetadata(ctx: Ctx, name: string, ast: ScriptBlockAst, extra: readonly ParameterAst[] | null): CommandMetadata {
  const cached = cache.get(ast);
  if (cached) return cached;
  const compiled = compileScriptBlock(ast, extra);
  let defaultSet: string | null = null;
  let supportsShouldProcess = false;
  let confirmImpact: 'None' | 'Low' | 'Medium' | 'High' = 'Medium';
  let positionalBinding = true;
  for (const a of ast.paramBlock?.attributes ?? []) {
    if (a.typeName.toLowerCase() !== 'cmdletbinding') continue;
    const v = evaluateAttribute(ctx, a);
    if (v.named.has('defaultparametersetname')) defaultSet = toStr(v.named.get('defaultparametersetname'));
    if (v.named.has('supportsshouldprocess')) supportsShouldProcess = toBool(v.named.get('supportsshouldprocess'));
    if (v.named.has('confirmimpact')) confirmImpact = toStr(v.named.get('confirmimpact')) as typeof confirmImpact;
    if (v.named.has('positionalbinding')) positionalBinding = toBool(v.named.get('positionalbinding'));
  }
  const params = compiled.parameters.map((p) => parameterMetadata(ctx, p));
  const anyExplicitPosition = params.some((p) => p.sets.some((s) => s.position !== null));
  let finalParams = params;
  if (!anyExplicitPosition && positionalBinding) {
    // Positions follow declaration order: recompute so each non-switch parameter gets the next number.
    let n = 0;
    finalParams = params.map((p) => {
      if (p.isSwitch) return p;
      const position = n++;
      return { ...p, sets: p.sets.map((s) => ({ ...s, position })) };
    });
  }
  const meta = buildCommandMetadata({
    name,
    parameters: finalParams,
    defaultParameterSet: defaultSet,
    supportsShouldProcess,
    confirmImpact,
    isAdvanced: compiled.isAdvanced,
    positionalBinding,
  });
  cache.set(ast, meta);
  return meta;
}

function parameterMetadata(ctx: Ctx, p: ParameterAst): ParameterMetadata {
  const name = p.name.path.replace(/^.*:/, '');
  let typeName: string | null = null;
  const sets: SetMembership[] = [];
  const aliases: string[] = [];
  const validators: Validator[] = [];
  let allowNull = false;
  let allowEmptyString = false;
  let allowEmptyCollection = false;
  let helpMessage: string | undefined;
  let validValues: string[] | undefined;
  for (const a of p.attributes) {
    if (a.kind === 'TypeConstraint') {
      typeName = a.typeName;
      continue;
    }
    const lower = a.typeName.toLowerCase().replace(/attribute$/, '');
    const v = evaluateAttribute(ctx, a);
    switch (lower) {
      case 'parameter': {
        const pos = v.named.get('position');
        const n = pos === undefined ? null : asNumber(pos);
        sets.push({
          set: v.named.has('parametersetname') ? toStr(v.named.get('parametersetname')) : ALL_SETS,
          mandatory: v.named.has('mandatory') ? toBool(v.named.get('mandatory')) : false,
          position: n === null ? null : toDouble(n),
          fromPipeline: v.named.has('valuefrompipeline') ? toBool(v.named.get('valuefrompipeline')) : false,
          byPropertyName: v.named.has('valuefrompipelinebypropertyname') ? toBool(v.named.get('valuefrompipelinebypropertyname')) : false,
          fromRemainingArguments: v.named.has('valuefromremainingarguments') ? toBool(v.named.get('valuefromremainingarguments')) : false,
        });
        if (v.named.has('helpmessage')) helpMessage = toStr(v.named.get('helpmessage'));
        break;
      }
      case 'alias':
        aliases.push(...flatStrings(v.positional));
        break;
      case 'validateset':
        validValues = flatStrings(v.positional);
        validators.push(validateSet(validValues, v.named.has('ignorecase') && !toBool(v.named.get('ignorecase'))));
        break;
      case 'validatenotnullorempty':
        validators.push(validateNotNullOrEmpty);
        break;
      case 'validatenotnull':
        validators.push(validateNotNull);
        break;
      case 'validaterange': {
        const [lo, hi] = v.positional.map((x) => toDouble(asNumber(x) ?? 0));
        validators.push(validateRange(lo ?? -Infinity, hi ?? Infinity));
        break;
      }
      case 'validatepattern': {
        const pattern = toStr(v.positional[0]);
        validators.push(validatePattern(pattern, (s) => regexIsMatch(pattern, s, false)));
        break;
      }
      case 'validatecount': {
        const [lo, hi] = v.positional.map((x) => toDouble(asNumber(x) ?? 0));
        validators.push(validateCount(lo ?? 0, hi ?? Infinity));
        break;
      }
      case 'validatelength': {
        const [lo, hi] = v.positional.map((x) => toDouble(asNumber(x) ?? 0));
        validators.push(validateLength(lo ?? 0, hi ?? Infinity));
        break;
      }
      case 'validatescript': {
        const sb = v.positional[0];
        if (sb instanceof ScriptBlockValue) {
          validators.push((value) => {
            for (const item of enumerableItems(value) ?? [value]) {
              const out = invokeScriptBlock(ctx, sb, { dollarUnder: item, newScope: true });
              if (!out.some((o) => toBool(o)) || out.length === 0) {
                throw new ValidationError(`The "${sb.text.trim()}" validation script for the argument with value "${toStr(item)}" did not return a result of True. Determine why the validation script failed, and then try the command again.`);
              }
            }
          });
        }
        break;
      }
      case 'allownull':
        allowNull = true;
        break;
      case 'allowemptystring':
        allowEmptyString = true;
        break;
      case 'allowemptycollection':
        allowEmptyCollection = true;
        break;
      default:
        break;
    }
  }
  const isSwitch = typeName !== null && ['switch', 'system.management.automation.switchparameter'].includes(typeName.toLowerCase());
  const type = typeName && !isSwitch ? resolveType(typeName) : null;
  if (typeName && !isSwitch && !type) {
    throw runtimeError({ message: `Unable to find type [${typeName}].`, id: 'TypeNotFound', category: 'InvalidOperation', extent: p.extent });
  }
  if (sets.length === 0) {
    sets.push({ set: ALL_SETS, mandatory: false, position: null, fromPipeline: false, byPropertyName: false, fromRemainingArguments: false });
  }
  return {
    name,
    type: type && type.fullName !== 'System.Object' ? type : null,
    isSwitch,
    aliases,
    sets,
    validators,
    allowNull,
    allowEmptyString,
    allowEmptyCollection,
    isCommon: false,
    isScriptParameter: true,
    ...(helpMessage ? { helpMessage } : {}),
    ...(validValues ? { validValues } : {}),
  };
}

/** Default values are expressions evaluated in the function's own scope when it is called. */
export function parameterDefaults(ast: ScriptBlockAst, extra: readonly ParameterAst[] | null): Map<string, ParameterAst> {
  const m = new Map<string, ParameterAst>();
  for (const p of [...(extra ?? []), ...(ast.paramBlock?.parameters ?? [])]) m.set(p.name.path.replace(/^.*:/, '').toLowerCase(), p);
  return m;
}
