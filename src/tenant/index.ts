// The emulated tenant's public API: see README.md beside this file.
export { Tenant, createTenant, openMemoryTenant, openTenant, type OpenTenantOptions } from './Tenant.js';
export { buildSample, type BuildSampleOptions, type SampleName } from './samples/index.js';
export { TenantFileError, type TenantFileErrorKind } from './store/errors.js';
export type { OpenMode } from './store/TenantStore.js';
export {
  TenantError,
  type TenantProblem,
  type TenantProblemKind,
  type TenantWarning,
  type UserRef,
} from './services/errors.js';
export { SYSTEM, actorName, userPrincipal, type Principal } from './services/identity/principal.js';
export { systemTime, type RealTimeSource } from './clock/realTime.js';
export * from './model/index.js';
