/** Get-MsolDomain: the tenant's domains, filtered by -Status / -Authentication, or one by -DomainName. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext } from './operation.js';
import { MSOL_TYPES, msolDomain } from './shapes.js';

export default defineCmdlet({
  name: 'Get-MsolDomain',
  module: 'MSOnline',
  defaultParameterSet: 'ListDomains__0',
  outputType: MSOL_TYPES.domain,
  synopsis: 'Gets domains from Azure Active Directory.',
  parameters: {
    DomainName: param.string({ sets: { GetDomain__0: { mandatory: true, byPropertyName: true } } }),
    Status: param.string({ sets: ['ListDomains__0'], validateSet: ['Unverified', 'Verified', 'PendingDeletion'] }),
    Authentication: param.string({ sets: ['ListDomains__0'], validateSet: ['Managed', 'Federated'] }),
    Capability: param.string({
      sets: ['ListDomains__0'],
      validateSet: ['None', 'Email', 'Sharepoint', 'OfficeCommunicationsOnline', 'SharepointDefault', 'SharepointPublic', 'OrgIdAuthentication', 'Yammer', 'Intune'],
    }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      const domains = tenant.organisation.verifiedDomains;
      if (c.parameterSetName === 'GetDomain__0') {
        const name = c.params.DomainName ?? '';
        const d = domains.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (d) c.write(msolDomain(d));
        else
          c.writeError({
            message: `Domain not found. Domain: ${name}.`,
            id: 'Microsoft.Online.Administration.Automation.DomainNotFoundException',
            category: 'OperationStopped',
            exceptionType: 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException',
            target: name,
          });
        return;
      }
      // Every emulated domain is verified and managed.
      if (c.params.Status !== undefined && c.params.Status !== 'Verified') return;
      if (c.params.Authentication !== undefined && c.params.Authentication !== 'Managed') return;
      for (const d of domains) c.write(msolDomain(d));
    },
  }),
});
