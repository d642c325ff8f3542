/** Get-Culture: the session culture (en-US), a culture by -Name, or -ListAvailable (en-US and the invariant culture). */
import '../shared/session/cultureView.js';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { PSCultureInfo } from '../../runtime/members/cultureInfo.js';
import { EN_US_WINDOWS, INVARIANT } from '../../runtime/dotnet/culture.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'Get-Culture',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'CurrentCulture',
  outputType: 'System.Globalization.CultureInfo',
  synopsis: 'Gets the current culture set in the operating system.',
  parameters: {
    Name: param.strings({ sets: { Name: { position: 0, fromPipeline: true } } }),
    ListAvailable: param.switch({ sets: ['ListAvailable'] }),
    NoUserOverrides: param.switch({ sets: ['CurrentCulture', 'Name'] }),
  },
  invoke: (c) => ({
    process() {
      if (c.params.ListAvailable) {
        c.write(new PSCultureInfo(INVARIANT));
        c.write(new PSCultureInfo(EN_US_WINDOWS));
        return;
      }
      if (!c.params.Name) {
        c.write(new PSCultureInfo(EN_US_WINDOWS));
        return;
      }
      for (const name of c.params.Name) {
        const lower = name.toLowerCase();
        if (lower === '') c.write(new PSCultureInfo(INVARIANT));
        else if (lower === 'en-us' || lower === 'en') c.write(new PSCultureInfo(EN_US_WINDOWS));
        else {
          c.writeError({
            message: `Culture is not supported. (Parameter 'name')\n${name} is an invalid culture identifier.`,
            id: qualifiedErrorId('ItemNotFound', c.commandName),
            category: 'InvalidArgument',
            exceptionType: 'System.Globalization.CultureNotFoundException',
            target: name,
          });
        }
      }
    },
  }),
});
