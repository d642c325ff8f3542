/**
 * Add-Member: adds note, alias and script properties and script methods to an object, or a type
 * name to the front of its type names. A PSObject (a custom object) gets the member itself; any
 * other value (a string, a number) is wrapped in a PSObject that carries the member, which only
 * -PassThru hands back, as pwsh's member only lives on the PSObject wrapper.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { listMembers } from '../../runtime/members/index.js';
import { typeNamesOf } from '../../runtime/members/typeInfo.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { PSEnumValue } from '../../runtime/values/scalars.js';
import { ScriptBlockValue } from '../../runtime/values/ScriptBlock.js';

const ADD_MEMBER = 'Microsoft.PowerShell.Commands.AddMemberCommand';

export default defineCmdlet({
  name: 'Add-Member',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'TypeNameSet',
  synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.',
  parameters: {
    InputObject: param.psobject({
      sets: {
        MemberSet: { mandatory: true, fromPipeline: true },
        TypeNameSet: { mandatory: true, fromPipeline: true },
        NotePropertySingleMemberSet: { mandatory: true, fromPipeline: true },
        NotePropertyMultiMemberSet: { mandatory: true, fromPipeline: true },
      },
    }),
    MemberType: param.typed<PSEnumValue>('System.Management.Automation.PSMemberTypes', { sets: { MemberSet: { mandatory: true, position: 0 } }, aliases: ['Type'] }),
    Name: param.string({ sets: { MemberSet: { mandatory: true, position: 1 } } }),
    Value: param.object({ sets: { MemberSet: { position: 2 } } }),
    SecondValue: param.object({ sets: { MemberSet: { position: 3 } } }),
    TypeName: param.string({
      sets: { TypeNameSet: { mandatory: true }, MemberSet: {}, NotePropertySingleMemberSet: {}, NotePropertyMultiMemberSet: {} },
      validateNotNullOrEmpty: true,
    }),
    Force: param.switch({ sets: ['MemberSet', 'NotePropertySingleMemberSet', 'NotePropertyMultiMemberSet'] }),
    PassThru: param.switch(),
    NotePropertyName: param.string({ sets: { NotePropertySingleMemberSet: { mandatory: true, position: 0 } }, validateNotNullOrEmpty: true }),
    NotePropertyValue: param.object({ sets: { NotePropertySingleMemberSet: { mandatory: true, position: 1 } }, allowNull: true }),
    NotePropertyMembers: param.typed<PSHashtable>('System.Collections.IDictionary', {
      sets: { NotePropertyMultiMemberSet: { mandatory: true, position: 0 } },
      validateNotNullOrEmpty: true,
    }),
  },
  invoke: (c) => {
    /** The PSObject that receives the members: the input itself, or a wrapper of a plain value. */
    const targetOf = (input: unknown): PSObject => (input instanceof PSObject ? input : new PSObject(input, typeNamesOf(input)));

    /** Whether the name is taken; with -Force an own member of that name is removed first. */
    const nameTaken = (target: PSObject, name: string): boolean => {
      const lower = name.toLowerCase();
      const own = target.properties.has(lower) || target.methods.has(lower);
      if (own && c.params.Force) {
        target.removeProperty(name);
        target.methods.delete(lower);
        return false;
      }
      if (own) return true;
      // The members the object already has through its type (Equals, ToString, a string's Length).
      return !c.params.Force && listMembers(target).some((m) => m.name.toLowerCase() === lower);
    };

    const alreadyExists = (target: PSObject, name: string): void => {
      c.writeError({
        message: `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
        id: `MemberAlreadyExists,${ADD_MEMBER}`,
        category: 'InvalidOperation',
        exceptionType: 'System.InvalidOperationException',
        target,
      });
    };

    const scriptBlockArgument = (value: unknown): ScriptBlockValue | null => {
      if (value === undefined || value === null) return null;
      if (value instanceof ScriptBlockValue) return value;
      return c.fail({
        message: `Cannot convert the "${toStr(value)}" value of type "${typeNameOf(value)}" to type "System.Management.Automation.ScriptBlock".`,
        id: `ConvertToFinalInvalidCastException,${ADD_MEMBER}`,
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.PSInvalidCastException',
        target: value,
      });
    };

    /** Adds the -MemberType member; a type a script cannot add is a terminating error. */
    const addTypedMember = (target: PSObject, kind: string, name: string): void => {
      const value = c.params.Value === undefined ? null : c.params.Value;
      switch (kind) {
        case 'NoteProperty':
          target.addProperty({ name, kind: 'NoteProperty', value });
          return;
        case 'AliasProperty':
          target.addProperty({ name, kind: 'AliasProperty', value: toStr(value) });
          return;
        case 'ScriptProperty': {
          const getter = scriptBlockArgument(value);
          const setter = scriptBlockArgument(c.params.SecondValue);
          target.addProperty({ name, kind: 'ScriptProperty', value: null, getter, setter });
          return;
        }
        case 'ScriptMethod': {
          const script = scriptBlockArgument(value);
          target.methods.set(name.toLowerCase(), { name, script });
          return;
        }
        case 'CodeProperty':
        case 'CodeMethod':
          // pwsh first converts -Value to the MethodInfo such members need, which a script cannot give.
          c.fail({
            message: `Cannot convert the "${toStr(value)}" value of type "${typeNameOf(value)}" to type "System.Reflection.MethodInfo".`,
            id: `ConvertToFinalInvalidCastException,${ADD_MEMBER}`,
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.PSInvalidCastException',
            target: value,
          });
          return;
        default:
          c.fail({
            message: `Cannot add a member with type "${kind}". Specify a different type for the MemberTypes parameter.`,
            id: `CannotAddMemberType,${ADD_MEMBER}`,
            category: 'InvalidOperation',
            exceptionType: 'System.InvalidOperationException',
            target: kind,
          });
      }
    };

    const addNote = (target: PSObject, name: string, value: unknown): void => {
      if (nameTaken(target, name)) alreadyExists(target, name);
      else target.addProperty({ name, kind: 'NoteProperty', value });
    };

    return {
      process() {
        const input = c.params.InputObject;
        if (input === undefined) return;
        const target = targetOf(input);
        switch (c.parameterSetName) {
          case 'MemberSet': {
            const name = c.params.Name ?? '';
            const kind = c.params.MemberType?.name ?? '';
            if (nameTaken(target, name)) {
              alreadyExists(target, name);
              return;
            }
            addTypedMember(target, kind, name);
            break;
          }
          case 'NotePropertySingleMemberSet':
            addNote(target, c.params.NotePropertyName ?? '', c.params.NotePropertyValue ?? null);
            break;
          case 'NotePropertyMultiMemberSet':
            for (const [k, v] of c.params.NotePropertyMembers?.pairs() ?? []) addNote(target, toStr(k), v);
            break;
          default:
            break;
        }
        if (c.params.TypeName !== undefined) target.typeNames.unshift(c.params.TypeName);
        if (c.params.PassThru) c.write(target);
      },
    };
  },
});
