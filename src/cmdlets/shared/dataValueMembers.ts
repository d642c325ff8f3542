/**
 * The .NET members scripts reach on what the data cmdlets write: `$group.Values`, `$m.Sum`,
 * `$match.Matches`, `$member.Definition`... The formatter reads these objects through their
 * property adapters; `$x.Name` and Get-Member go through the member tables registered here.
 * Imported for its effect by the cmdlets that create these objects.
 */
import { GenericMeasureInfo, GroupInfo, GroupInfoNoElement, MatchContext, MatchInfo, MemberDefinition } from '../../runtime/format/coreValues.js';
import { defineFamily } from '../../runtime/members/families.js';
import { memberTypeValue } from '../../runtime/members/psobjectView.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { typeFromName } from '../../runtime/members/typeInfo.js';
import { PSList } from '../../runtime/values/PSList.js';
import { tagArray } from '../../runtime/values/typedArrays.js';
import { TextMeasureInfo } from './textMeasureInfo.js';

// Properties are declared in the order pwsh lists them (Format-List, Select-Object *).
defineFamily((v): v is GroupInfoNoElement => v instanceof GroupInfoNoElement)
  .property('Name', 'string', (g) => g.name)
  .property('Count', 'int', (g) => g.count)
  .property('Values', 'System.Collections.ArrayList', (g) => arrayList(g.values));

defineFamily((v): v is GroupInfo => v instanceof GroupInfo)
  .property('Values', 'System.Collections.ArrayList', (g) => arrayList(g.values))
  .property('Count', 'int', (g) => g.count)
  .property('Group', 'System.Collections.ObjectModel.Collection[psobject]', (g) => [...g.group])
  .property('Name', 'string', (g) => g.name);

defineFamily((v): v is GenericMeasureInfo => v instanceof GenericMeasureInfo)
  .property('Count', 'int', (m) => m.count)
  .property('Average', 'System.Nullable[double]', (m) => m.average)
  .property('Sum', 'System.Nullable[double]', (m) => m.sum)
  .property('Maximum', 'System.Object', (m) => m.maximum)
  .property('Minimum', 'System.Object', (m) => m.minimum)
  .property('StandardDeviation', 'System.Nullable[double]', (m) => m.standardDeviation)
  .property('Property', 'string', (m) => m.property);

defineFamily((v): v is TextMeasureInfo => v instanceof TextMeasureInfo)
  .property('Lines', 'System.Nullable[int]', (m) => m.lines)
  .property('Words', 'System.Nullable[int]', (m) => m.words)
  .property('Characters', 'System.Nullable[int]', (m) => m.characters)
  .property('Property', 'string', (m) => m.property);

defineFamily((v): v is MemberDefinition => v instanceof MemberDefinition)
  .property('TypeName', 'string', (d) => d.typeName)
  .property('Name', 'string', (d) => d.name)
  .property('MemberType', 'System.Management.Automation.PSMemberTypes', (d) => memberTypeValue(d.memberType))
  .property('Definition', 'string', (d) => d.definition)
  .method('string ToString()', (d) => d.definition);

defineFamily((v): v is MatchInfo => v instanceof MatchInfo)
  .property('IgnoreCase', 'bool', (m) => m.ignoreCase)
  .property('LineNumber', 'int', (m) => m.lineNumber)
  .property('Line', 'string', (m) => m.line)
  .property('Filename', 'string', (m) => m.filename)
  .property('Path', 'string', (m) => m.path)
  .property('Pattern', 'string', (m) => m.pattern)
  .property('Context', 'Microsoft.PowerShell.Commands.MatchInfoContext', (m) => m.context)
  .property('Matches', 'System.Text.RegularExpressions.Match[]', (m) => tagArray([...m.matches], typeFromName('System.Text.RegularExpressions.Match')))
  .method('string RelativePath(string directory)', (m, [directory]) => relativePath(m.path, toStr(directory)))
  .method('string ToString()', (m) => m.psToString());

defineFamily((v): v is MatchContext => v instanceof MatchContext)
  .property('PreContext', 'string[]', (m) => [...m.preContext])
  .property('PostContext', 'string[]', (m) => [...m.postContext])
  .property('DisplayPreContext', 'string[]', (m) => [...m.displayPreContext])
  .property('DisplayPostContext', 'string[]', (m) => [...m.displayPostContext]);

/** MatchInfo.RelativePath: the path under `directory` without it, else the full path. */
function relativePath(path: string, directory: string): string {
  const base = directory.replace(/\/+$/, '');
  return path.startsWith(base + '/') ? path.slice(base.length + 1) : path;
}

function arrayList(items: readonly unknown[]): PSList {
  return new PSList('System.Collections.ArrayList', null, [...items]);
}
