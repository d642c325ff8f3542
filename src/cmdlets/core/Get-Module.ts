/** Get-Module: the emulated modules imported so far, or with -ListAvailable every module tenantsh emulates. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { allModules, findModule } from '../shared/session/moduleCatalog.js';
import { moduleInfoFor } from '../shared/session/moduleInfoFor.js';
import { byName, matchesAny } from '../shared/session/nameFilter.js';

export default defineCmdlet({
  name: 'Get-Module',
  module: 'Microsoft.PowerShell.Core',
  aliases: ['gmo'],
  defaultParameterSet: 'Loaded',
  outputType: 'System.Management.Automation.PSModuleInfo',
  synopsis: 'List the modules imported in the current session or that can be imported from the PSModulePath.',
  parameters: {
    Name: param.strings({ sets: { Loaded: { position: 0, fromPipeline: true }, Available: { position: 0, fromPipeline: true } } }),
    All: param.switch({ sets: ['Loaded', 'Available'] }),
    ListAvailable: param.switch({ sets: { Available: { mandatory: true } } }),
    PSEdition: param.string({ sets: ['Available'] }),
    SkipEditionCheck: param.switch({ sets: ['Available'] }),
    Refresh: param.switch({ sets: ['Available'] }),
  },
  invoke: (c) => ({
    process() {
      const rt = c.callerCtx.rt;
      const candidates = c.params.ListAvailable
        ? [...allModules()]
        : [...rt.importedModules].map((n) => findModule(n)).filter((m) => m !== undefined);
      const wanted = c.params.Name ?? ['*'];
      for (const m of candidates.filter((x) => matchesAny(x.name, wanted)).sort(byName((x) => x.name))) c.write(moduleInfoFor(rt, m));
    },
  }),
});
