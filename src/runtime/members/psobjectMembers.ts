/** Members of `$x.PSObject` and of its Properties collection and entries. */
import { PSReference, SwitchParameter, PSCredential, SecureString } from '../values/scalars.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { str } from './args.js';
import { defineFamily } from './families.js';
import { memberTypeValue, PSObjectView, PSPropertyCollection, PSPropertyInfo } from './psobjectView.js';

defineFamily((v): v is PSObjectView => v instanceof PSObjectView)
  .property(
    'Properties',
    'System.Management.Automation.PSMemberInfoCollection[psPropertyInfo]',
    (o) => o.properties,
  )
  .property('TypeNames', 'System.Collections.ObjectModel.Collection[string]', (o) => o.typeNames)
  .property('BaseObject', 'System.Object', (o) => o.baseObject)
  .property('ImmediateBaseObject', 'System.Object', (o) => o.baseObject)
  .method('psobject Copy()', (o) => o.copy());

defineFamily((v): v is PSPropertyCollection => v instanceof PSPropertyCollection)
  .property('Count', 'int', (c) => c.psEnumerate().length)
  .method('System.Object[] Match(string name)', (c, [n]) => c.match(str(n) ?? ''))
  .method('void Add(System.Object member)', (c, [m]) => {
    if (m instanceof PSPropertyInfo) c.add(m);
  })
  .method('void Remove(string name)', (c, [n]) => c.remove(str(n) ?? ''))
  .method('System.Object Item(string name)', (c, [n]) => c.psIndex(n));

defineFamily((v): v is PSPropertyInfo => v instanceof PSPropertyInfo)
  .property('Name', 'string', (p) => p.name)
  .property(
    'Value',
    'System.Object',
    (p) => p.value,
    (p, v) => {
      p.value = v;
    },
  )
  .property('MemberType', 'System.Management.Automation.PSMemberTypes', (p) => memberTypeValue(p.memberType))
  .property('TypeNameOfValue', 'string', (p) => p.typeNameOfValue)
  .property('IsSettable', 'bool', (p) => p.isSettable)
  .property('IsGettable', 'bool', () => true)
  .property('IsInstance', 'bool', () => true)
  .method('string ToString()', (p) => p.psToString());

defineFamily((v): v is PSReference => v instanceof PSReference).property(
  'Value',
  'System.Object',
  (r) => r.get(),
  (r, v) => r.set(v),
);

defineFamily((v): v is SwitchParameter => v instanceof SwitchParameter)
  .property('IsPresent', 'bool', (s) => s.isPresent)
  .method('bool ToBool()', (s) => s.isPresent);

defineFamily((v): v is ScriptBlockValue => v instanceof ScriptBlockValue)
  .method(
    'System.Collections.ObjectModel.Collection[psobject] Invoke(params System.Object[] args)',
    (sb, [a], ctx) => ctx.invokeScriptBlock(sb, a as unknown[]),
  )
  .method('System.Object InvokeReturnAsIs(params System.Object[] args)', (sb, [a], ctx) => {
    const out = ctx.invokeScriptBlock(sb, a as unknown[]);
    return out.length === 1 ? out[0] : out;
  })
  .method('string ToString()', (sb) => sb.text);

defineFamily((v): v is PSCredential => v instanceof PSCredential)
  .property('UserName', 'string', (c) => c.userName)
  .property('Password', 'securestring', (c) => c.password)
  .method(
    'System.Net.NetworkCredential GetNetworkCredential()',
    (c) => new NetworkCredential(c.userName, c.password.plain),
  );

defineFamily((v): v is SecureString => v instanceof SecureString).property('Length', 'int', (s) => s.length);

/** PSCredential.GetNetworkCredential(): the one place a script reads a password back. */
export class NetworkCredential {
  readonly psTypeName = 'System.Net.NetworkCredential';
  constructor(
    readonly userName: string,
    readonly password: string,
  ) {}
}
defineFamily((v): v is NetworkCredential => v instanceof NetworkCredential)
  .property('UserName', 'string', (c) => c.userName)
  .property('Password', 'string', (c) => c.password)
  .property('Domain', 'string', () => '');
