/** Add-Type: refused. tenantsh's sandbox runs no compiled or loaded .NET code. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'Add-Type',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'FromSource',
  outputType: 'System.Type',
  synopsis: 'Adds a Microsoft .NET class to a PowerShell session.',
  parameters: {
    TypeDefinition: param.string({ sets: { FromSource: { mandatory: true, position: 0 } } }),
    Name: param.string({ sets: { FromMember: { mandatory: true, position: 0 } } }),
    MemberDefinition: param.strings({ sets: { FromMember: { mandatory: true, position: 1 } } }),
    Namespace: param.string({ aliases: ['NS'], sets: ['FromMember'] }),
    UsingNamespace: param.strings({ aliases: ['Using'], sets: ['FromMember'] }),
    Path: param.strings({ sets: { FromPath: { mandatory: true, position: 0 } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { FromLiteralPath: { mandatory: true } } }),
    AssemblyName: param.strings({ aliases: ['AN'], sets: { FromAssemblyName: { mandatory: true } } }),
    Language: param.string({ sets: ['FromSource', 'FromMember'] }),
    ReferencedAssemblies: param.strings({ aliases: ['RA'], sets: ['FromSource', 'FromMember', 'FromPath', 'FromLiteralPath'] }),
    OutputAssembly: param.string({ aliases: ['OA'], sets: ['FromSource', 'FromMember', 'FromPath', 'FromLiteralPath'] }),
    OutputType: param.string({ aliases: ['OT'], sets: ['FromSource', 'FromMember', 'FromPath', 'FromLiteralPath'] }),
    PassThru: param.switch(),
    IgnoreWarnings: param.switch({ sets: ['FromSource', 'FromMember', 'FromPath', 'FromLiteralPath'] }),
    CompilerOptions: param.strings({ sets: ['FromSource', 'FromMember', 'FromPath', 'FromLiteralPath'] }),
  },
  invoke: (c) => ({
    begin() {
      c.fail({
        message: 'Add-Type is not available in tenantsh: scripts cannot compile or load .NET code.',
        id: qualifiedErrorId('AddTypeNotSupported', c.commandName),
        category: 'PermissionDenied',
        exceptionType: 'System.Management.Automation.PSNotSupportedException',
      });
    },
  }),
});
