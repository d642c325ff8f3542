/**
 * New-Object: PSObject/PSCustomObject (with -Property as note properties), a hashtable, a
 * PSCredential, and any type the members layer can construct ([T]::new(args)); -Property then sets
 * members of the new object. COM objects are refused: they exist only on Windows.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { newArray } from '../../runtime/compile/memberAccess.js';
import { classOf, instantiate } from '../../runtime/classes/classRuntime.js';
import { resolveType } from '../../runtime/types/registry.js';
import { construct, MemberError } from '../../runtime/members/index.js';
import { methodContext, setMemberValue } from '../../runtime/compile/memberAccess.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { PSCredential, SecureString } from '../../runtime/values/scalars.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { DotNetError } from '../../runtime/members/DotNetError.js';
import { OperatorError } from '../../runtime/operators/OperatorError.js';
import type { PSType } from '../../runtime/types/PSType.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

const PSOBJECT_TYPES = new Set(['System.Management.Automation.PSObject', 'System.Management.Automation.PSCustomObject', 'System.Object']);

export default defineCmdlet({
  name: 'New-Object',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Net',
  synopsis: 'Creates an instance of a Microsoft .NET Framework or COM object.',
  parameters: {
    TypeName: param.string({ sets: { Net: { mandatory: true, position: 0 } } }),
    ArgumentList: param.objects({ aliases: ['Args'], sets: { Net: { position: 1 } } }),
    ComObject: param.string({ sets: { Com: { mandatory: true, position: 0 } } }),
    Strict: param.switch({ sets: ['Com'] }),
    Property: param.hashtable(),
  },
  invoke: (c) => {
    const create = (type: PSType, args: unknown[]): unknown => {
      if (PSOBJECT_TYPES.has(type.fullName) && args.length === 0) return new PSObject();
      // New-Object hashtable uses .NET's default comparer: keys are case-sensitive (unlike @{}).
      if (type.fullName === 'System.Collections.Hashtable' && args.length === 0) return new PSHashtable(false, true);
      if (type.elementType) return newArray(type.elementType, args);
      const cls = classOf(c.callerCtx, type.fullName);
      if (cls) return instantiate(c.callerCtx, cls, args);
      if (type.fullName === 'System.Management.Automation.PSCredential' && args.length === 2 && args[1] instanceof SecureString) {
        return new PSCredential(toStr(args[0]), args[1]);
      }
      try {
        return construct(type, args, methodContext(c.callerCtx));
      } catch (e) {
        if (e instanceof MemberError) {
          c.fail({
            message: e.message.replace('for "new"', `for "${type.name}"`),
            id: qualifiedErrorId('ConstructorInvokedThrowException', c.commandName),
            category: 'InvalidOperation',
            exceptionType: 'System.Management.Automation.MethodException',
          });
        }
        if (e instanceof DotNetError) {
          c.fail({
            message: `Exception calling ".ctor" with "${args.length}" argument(s): "${e.message}"`,
            id: qualifiedErrorId('ConstructorInvokedThrowException', c.commandName),
            category: 'InvalidOperation',
            exceptionType: 'System.Management.Automation.MethodInvocationException',
          });
        }
        throw e;
      }
    };

    const applyProperties = (obj: unknown, props: PSHashtable): void => {
      for (const [key, value] of props.pairs()) {
        const name = toStr(key);
        if (obj instanceof PSObject && obj.baseObject === null) {
          obj.setNote(name, value);
          continue;
        }
        try {
          setMemberValue(c.callerCtx, obj, name, value);
        } catch (e) {
          if (!(e instanceof MemberError || e instanceof OperatorError || e instanceof DotNetError)) throw e;
          c.writeError({
            message: `The member "${name}" was not found for the specified .NET object.`,
            id: qualifiedErrorId('InvalidOperationException', c.commandName),
            category: 'InvalidOperation',
            exceptionType: 'System.InvalidOperationException',
          });
        }
      }
    };

    return {
      process() {
        if (c.parameterSetName === 'Com') {
          c.fail({
            message: `New-Object -ComObject is not available in tenantsh: COM objects are Windows-only ('${c.params.ComObject ?? ''}').`,
            id: qualifiedErrorId('ComObjectNotSupported', c.commandName),
            category: 'NotImplemented',
            exceptionType: 'System.Management.Automation.PSNotSupportedException',
            target: c.params.ComObject,
          });
        }
        const typeName = c.params.TypeName ?? '';
        const type = resolveType(typeName);
        if (!type) {
          return c.fail({
            message: `Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`,
            id: qualifiedErrorId('TypeNotFound', c.commandName),
            category: 'InvalidType',
            exceptionType: 'System.Management.Automation.PSArgumentException',
          });
        }
        const obj = create(type, c.params.ArgumentList ?? []);
        if (c.params.Property) applyProperties(obj, c.params.Property);
        c.write(obj);
      },
    };
  },
});
