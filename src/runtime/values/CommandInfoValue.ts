/** $MyInvocation.MyCommand: the running function's or script's CommandInfo (Name, CommandType, ...). */
import { NOT_HANDLED, type RuntimeObject } from './RuntimeObject.js';

export class CommandInfoValue implements RuntimeObject {
  constructor(
    readonly name: string,
    readonly commandType: 'Function' | 'Filter' | 'ExternalScript' | 'Cmdlet' | 'Script',
    readonly path: string,
  ) {}
  get psTypeName(): string {
    switch (this.commandType) {
      case 'ExternalScript':
        return 'System.Management.Automation.ExternalScriptInfo';
      case 'Cmdlet':
        return 'System.Management.Automation.CmdletInfo';
      case 'Filter':
        return 'System.Management.Automation.FilterInfo';
      case 'Script':
        return 'System.Management.Automation.ScriptInfo';
      default:
        return 'System.Management.Automation.FunctionInfo';
    }
  }
  psToString(): string {
    return this.commandType === 'ExternalScript' ? this.path : this.name;
  }
  psGetMember(name: string): unknown {
    switch (name) {
      case 'name':
        return this.name;
      case 'commandtype':
        return this.commandType;
      case 'path':
      case 'source':
        return this.path;
      case 'definition':
        return this.commandType === 'ExternalScript' ? this.path : '';
      default:
        return undefined;
    }
  }
  psInvoke(name: string): unknown {
    return name === 'tostring' ? this.psToString() : NOT_HANDLED;
  }
}
