import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { skuById } from '../../tenant/index.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { licenseDetails } from './licenseShapes.js';
import { userRef } from './users.js';

/** Get-MgUserLicenseDetail: the user's licenses with their service plans (`| Select-Object SkuPartNumber`). */
export default defineCmdlet({
  name: 'Get-MgUserLicenseDetail',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphLicenseDetails',
  synopsis: 'A collection of this user’s license details.',
  parameters: {
    UserId: param.string({ mandatory: true }),
    LicenseDetailsId: param.string({ sets: { Get: { mandatory: true } } }),
    ...selectParameters(),
    ...listParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.params.UserId!;
      const user = g.tenant.directory.findUser(userRef(id));
      if (!user) return writeGraphFailure(c, g, notFound(id), id);
      const details = user.licenses.flatMap((l) => {
        const def = skuById(l.skuId);
        return def ? [licenseDetails(user.id, l, def)] : [];
      });
      if (c.parameterSetName === 'Get') {
        const want = c.params.LicenseDetailsId!;
        const one = details.find((d) => d.getProperty('Id')?.value === want);
        if (!one) return writeGraphFailure(c, g, notFound(want), want);
        c.write(one);
        return;
      }
      for (const d of details) c.write(d);
    },
  }),
});
