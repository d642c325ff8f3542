/**
 * Get-Member -MemberType: PSMemberTypes as a set of flags. Accepts the enum's member names and
 * its composite names (Properties, Methods, All), comma-separated or as a list, or enum values.
 */
import { toStr } from '../../runtime/convert/toStringValue.js';
import { PSEnumValue } from '../../runtime/values/scalars.js';

const FLAGS = new Map<string, number>([
  ['aliasproperty', 1],
  ['codeproperty', 2],
  ['property', 4],
  ['noteproperty', 8],
  ['scriptproperty', 16],
  ['propertyset', 32],
  ['method', 64],
  ['codemethod', 128],
  ['scriptmethod', 256],
  ['parameterizedproperty', 512],
  ['memberset', 1024],
  ['event', 2048],
  ['dynamic', 4096],
  ['inferredproperty', 8192],
  ['properties', 31],
  ['methods', 448],
  ['all', 16383],
]);

export const ALL_MEMBER_TYPES = 16383;

/** The flag of one member type name (as listMembers reports it), 0 when unknown. */
export function memberTypeFlag(name: string): number {
  return FLAGS.get(name.toLowerCase()) ?? 0;
}

export class MemberTypeError extends Error {}

/** The flags a -MemberType argument names; throws MemberTypeError for an unknown name. */
export function memberTypeMask(value: unknown): number {
  if (value instanceof PSEnumValue) return value.value;
  if (Array.isArray(value)) return value.reduce<number>((mask, v) => mask | memberTypeMask(v), 0);
  let mask = 0;
  for (const part of toStr(value).split(',')) {
    const flag = FLAGS.get(part.trim().toLowerCase());
    if (flag === undefined) throw new MemberTypeError(part.trim());
    mask |= flag;
  }
  return mask;
}
