/** Tenant file problems as command errors: a clear tenantsh message naming the file. */
import type { ErrorSpec } from '../runtime/errors.js';
import type { TenantFileError } from '../tenant/index.js';

export function tenantFileFailure(e: TenantFileError): ErrorSpec {
  return {
    message: e.message,
    id: `TenantFile${e.kind}`,
    category: e.kind === 'InUse' ? 'ResourceBusy' : e.kind === 'Missing' ? 'ObjectNotFound' : 'InvalidData',
    exceptionType: 'System.IO.IOException',
  };
}
