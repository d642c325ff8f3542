/**
 * Get-Member: the members of each distinct type among its input (the first object of a type
 * stands for it), as MemberDefinition objects that the formatter groups under `TypeName: X`.
 * For each -Name pattern (default `*`) the matching members are listed sorted by member type and
 * then name, as pwsh lists them. -Static lists the type's static members; -Force adds the
 * intrinsic members every object has (psobject, pstypenames...).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { MemberDefinition } from '../../runtime/format/coreValues.js';
import { listMembers, type MemberInfo } from '../../runtime/members/index.js';
import { typeOfValue } from '../../runtime/members/typeInfo.js';
import { compareStrings } from '../../runtime/operators/compare.js';
import { wildcardToRegex } from '../../runtime/regex/wildcard.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { ALL_MEMBER_TYPES, memberTypeFlag, memberTypeMask, MemberTypeError } from '../shared/memberTypes.js';

/** The members -Force adds: PowerShell's views of every object. */
const INTRINSIC_MEMBERS: readonly MemberInfo[] = [
  { name: 'pstypenames', memberType: 'CodeProperty', definition: 'System.Collections.ObjectModel.Collection`1[[System.String, System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]] pstypenames{get=PSTypeNames;}' },
  { name: 'psadapted', memberType: 'MemberSet', definition: 'psadapted {}' },
  { name: 'psbase', memberType: 'MemberSet', definition: 'psbase {}' },
  { name: 'psextended', memberType: 'MemberSet', definition: 'psextended {}' },
  { name: 'psobject', memberType: 'MemberSet', definition: 'psobject {}' },
];

/** The type name Get-Member reports an object under. */
function reportedTypeName(value: unknown): string {
  if (value instanceof PSObject) {
    const first = value.typeNames[0];
    if (value.baseObject !== null && (first === undefined || first === 'System.Management.Automation.PSCustomObject')) return typeNameOf(value.baseObject);
    return first ?? typeNameOf(value);
  }
  return typeNameOf(value);
}

const byTypeThenName = (a: MemberInfo, b: MemberInfo): number =>
  compareStrings(a.memberType, b.memberType, false) || compareStrings(a.name, b.name, false);

export default defineCmdlet({
  name: 'Get-Member',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['gm'],
  outputType: 'Microsoft.PowerShell.Commands.MemberDefinition',
  synopsis: 'Gets the properties and methods of objects.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    Name: param.strings({ position: 0, validateNotNullOrEmpty: true }),
    MemberType: param.object({ aliases: ['Type'] }),
    View: param.object(),
    Static: param.switch(),
    Force: param.switch(),
  },
  invoke: (c) => {
    const seenTypes = new Set<string>();
    let mask = ALL_MEMBER_TYPES;
    let patterns: RegExp[] = [];

    const membersOf = (input: unknown): MemberInfo[] => {
      if (c.params.Static) return listMembers(typeOfValue(input), { static: true });
      const members = listMembers(input);
      return c.params.Force ? [...INTRINSIC_MEMBERS, ...members] : members;
    };

    const describe = (input: unknown): void => {
      const typeName = c.params.Static ? typeOfValue(input).fullName : reportedTypeName(input);
      if (seenTypes.has(typeName)) return;
      seenTypes.add(typeName);
      const members = membersOf(input).filter((m) => (memberTypeFlag(m.memberType) & mask) !== 0);
      const listed = new Set<string>();
      for (const pattern of patterns) {
        const matching = members.filter((m) => pattern.test(m.name) && !listed.has(`${m.memberType}:${m.name}`)).sort(byTypeThenName);
        for (const m of matching) {
          listed.add(`${m.memberType}:${m.name}`);
          c.write(new MemberDefinition(typeName, m.name, m.memberType, m.definition));
        }
      }
    };

    return {
      begin() {
        patterns = (c.params.Name ?? ['*']).map((n) => wildcardToRegex(n, { caseSensitive: false }));
        if (c.params.MemberType === undefined || c.params.MemberType === null) return;
        try {
          mask = memberTypeMask(c.params.MemberType);
        } catch (e) {
          if (!(e instanceof MemberTypeError)) throw e;
          c.fail({
            message: `Cannot bind parameter 'MemberType'. Cannot convert value "${e.message}" to type "System.Management.Automation.PSMemberTypes". Error: "Unable to match the identifier name ${e.message} to a valid enumerator name. Specify one of the following enumerator names and try again:\nAliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, Properties, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, InferredProperty, All"`,
            id: 'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetMemberCommand',
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.ParameterBindingException',
          });
        }
      },
      process() {
        const input = c.params.InputObject;
        if (input === undefined || input === null) return;
        describe(input);
      },
      end() {
        if (seenTypes.size > 0) return;
        c.writeError({
          message: 'You must specify an object for the Get-Member cmdlet.',
          id: 'NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand',
          category: 'CloseError',
          exceptionType: 'System.InvalidOperationException',
        });
      },
    };
  },
});
