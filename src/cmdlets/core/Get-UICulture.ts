/** Get-UICulture: the session's user-interface culture (en-US). */
import '../shared/session/cultureView.js';
import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { PSCultureInfo } from '../../runtime/members/cultureInfo.js';
import { EN_US_WINDOWS } from '../../runtime/dotnet/culture.js';

export default defineCmdlet({
  name: 'Get-UICulture',
  module: 'Microsoft.PowerShell.Utility',
  outputType: 'System.Globalization.CultureInfo',
  synopsis: 'Gets the current UI culture settings in the operating system.',
  parameters: {},
  invoke: (c) => ({
    process() {
      c.write(new PSCultureInfo(EN_US_WINDOWS));
    },
  }),
});
