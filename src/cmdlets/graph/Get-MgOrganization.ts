import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { Organisation } from '../../tenant/index.js';
import { utcDateTime } from '../tenant/dates.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, selectParameters } from './parameters.js';
import { additionalProperties, model } from './values.js';

const organization = (org: Organisation) =>
  model('MicrosoftGraphOrganization', [
    ['City', null],
    ['CountryLetterCode', org.countryLetterCode],
    ['CreatedDateTime', utcDateTime(org.createdDateTime)],
    ['DisplayName', org.displayName],
    ['Id', org.id],
    ['OnPremisesLastSyncDateTime', utcDateTime(org.lastDirSyncTime)],
    ['OnPremisesSyncEnabled', org.directorySynchronizationEnabled ? true : null],
    ['PostalCode', null],
    ['Street', null],
    ['TechnicalNotificationMails', [`admin@${org.initialDomain}`]],
    ['TenantType', 'AAD'],
    [
      'VerifiedDomains',
      org.verifiedDomains.map((d) =>
        model('MicrosoftGraphVerifiedDomain', [
          ['Capabilities', d.isInitial ? 'Email, OfficeCommunicationsOnline' : 'Email'],
          ['IsDefault', d.isDefault],
          ['IsInitial', d.isInitial],
          ['Name', d.name],
          ['Type', 'Managed'],
          ['AdditionalProperties', additionalProperties()],
        ]),
      ),
    ],
    ['AdditionalProperties', additionalProperties()],
  ]);

/** Get-MgOrganization: the tenant (`(Get-MgOrganization).VerifiedDomains | Where-Object IsInitial`). */
export default defineCmdlet({
  name: 'Get-MgOrganization',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphOrganization',
  synopsis: 'Get the properties and relationships of the currently authenticated organization.',
  parameters: {
    OrganizationId: param.string({ sets: { Get: { mandatory: true } } }),
    All: param.switch({ sets: ['List'] }),
    ...selectParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const org = g.tenant.organisation;
      if (c.parameterSetName === 'Get' && c.params.OrganizationId!.toLowerCase() !== org.id.toLowerCase())
        return writeGraphFailure(c, g, notFound(c.params.OrganizationId!), c.params.OrganizationId);
      c.write(organization(org));
    },
  }),
});
