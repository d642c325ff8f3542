/** The PSModuleInfo of a known module, listing the cmdlets of that module tenantsh provides. */
import type { Runtime } from '../../../runtime/Runtime.js';
import type { KnownModule } from './moduleCatalog.js';
import { ModuleInfo } from './moduleInfo.js';

export function moduleInfoFor(rt: Runtime, module: KnownModule): ModuleInfo {
  const lower = module.name.toLowerCase();
  const commands = [...rt.cmdlets.values()]
    .filter((c) => c.module.toLowerCase() === lower)
    .map((c) => c.name)
    .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return new ModuleInfo(module, commands);
}
