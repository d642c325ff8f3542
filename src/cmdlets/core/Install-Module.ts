/**
 * Install-Module: the modules tenantsh emulates are already "installed", so installing one succeeds
 * and does nothing; any other name fails as the PowerShell Gallery search does.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { findModule } from '../shared/session/moduleCatalog.js';

export default defineCmdlet({
  name: 'Install-Module',
  module: 'PowerShellGet',
  defaultParameterSet: 'NameParameterSet',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  synopsis: 'Downloads one or more modules from a repository, and installs them on the local computer.',
  parameters: {
    Name: param.strings({ sets: { NameParameterSet: { mandatory: true, position: 0, byPropertyName: true } }, validateNotNullOrEmpty: true }),
    MinimumVersion: param.string({ sets: { NameParameterSet: { byPropertyName: true } } }),
    MaximumVersion: param.string({ sets: { NameParameterSet: { byPropertyName: true } } }),
    RequiredVersion: param.string({ sets: { NameParameterSet: { byPropertyName: true } } }),
    Repository: param.strings({ sets: ['NameParameterSet'] }),
    Credential: param.typed<unknown>('pscredential', { byPropertyName: true }),
    Scope: param.string({ validateSet: ['CurrentUser', 'AllUsers'] }),
    Proxy: param.string({ byPropertyName: true }),
    ProxyCredential: param.typed<unknown>('pscredential', { byPropertyName: true }),
    AllowClobber: param.switch(),
    SkipPublisherCheck: param.switch(),
    Force: param.switch(),
    AllowPrerelease: param.switch({ sets: ['NameParameterSet'] }),
    AcceptLicense: param.switch(),
    PassThru: param.switch(),
  },
  invoke: (c) => ({
    process() {
      for (const name of c.params.Name ?? []) {
        const module = findModule(name);
        if (!module) {
          c.writeError({
            message: `No match was found for the specified search criteria and module name '${name}'. Try Get-PSRepository to see all available registered module repositories.`,
            id: 'NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage',
            category: 'ObjectNotFound',
            exceptionType: 'System.Exception',
            target: name,
          });
          continue;
        }
        c.shouldProcess(`Version '${module.version}' of module '${module.name}'`, 'Install-Module');
      }
    },
  }),
});
