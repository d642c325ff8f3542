/** New-MsolLicenseOptions: a LicenseOption naming the service plans to switch off in a SKU. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { MSOL_TYPES } from './shapes.js';
import { stringList, typedObject } from './values.js';

export default defineCmdlet({
  name: 'New-MsolLicenseOptions',
  module: 'MSOnline',
  outputType: MSOL_TYPES.licenseOption,
  synopsis: 'Creates a License Options object.',
  parameters: {
    AccountSkuId: param.string({ mandatory: true, byPropertyName: true }),
    // -DisabledPlans $null disables nothing (Licensing doc).
    DisabledPlans: param.strings({ byPropertyName: true, allowNull: true }),
  },
  invoke: (c) => ({
    process() {
      c.write(
        typedObject(
          [MSOL_TYPES.licenseOption],
          [
            ['AccountSkuId', c.params.AccountSkuId ?? ''],
            ['DisabledServicePlans', stringList(c.params.DisabledPlans ?? [])],
          ],
        ),
      );
    },
  }),
});
