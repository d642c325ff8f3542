import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { VerifiedDomain } from '../../tenant/index.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, selectParameters } from './parameters.js';
import { additionalProperties, model } from './values.js';

const domain = (d: VerifiedDomain) =>
  model('MicrosoftGraphDomain', [
    ['AuthenticationType', 'Managed'],
    ['AvailabilityStatus', null],
    ['Id', d.name],
    ['IsAdminManaged', true],
    ['IsDefault', d.isDefault],
    ['IsInitial', d.isInitial],
    ['IsRoot', true],
    ['IsVerified', true],
    ['PasswordNotificationWindowInDays', 14],
    ['PasswordValidityPeriodInDays', 2147483647],
    ['SupportedServices', d.isInitial ? ['Email', 'OfficeCommunicationsOnline'] : ['Email']],
    ['AdditionalProperties', additionalProperties()],
  ]);

/** Get-MgDomain: the tenant's verified domains (`Get-MgDomain | Where-Object IsDefault`). */
export default defineCmdlet({
  name: 'Get-MgDomain',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDomain',
  synopsis: 'Retrieve the properties and relationships of domain object.',
  parameters: {
    DomainId: param.string({ sets: { Get: { mandatory: true } } }),
    All: param.switch({ sets: ['List'] }),
    ...selectParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const domains = g.tenant.organisation.verifiedDomains;
      if (c.parameterSetName === 'Get') {
        const want = c.params.DomainId!;
        const d = domains.find((x) => x.name.toLowerCase() === want.toLowerCase());
        if (!d) return writeGraphFailure(c, g, notFound(want), want);
        c.write(domain(d));
        return;
      }
      for (const d of domains) c.write(domain(d));
    },
  }),
});
