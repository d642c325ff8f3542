/**
 * ConvertTo-SecureString: plain text with -AsPlainText, or an encrypted standard string (what
 * ConvertFrom-SecureString writes) read back; text that is neither fails with pwsh's errors.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { SecureString } from '../../runtime/values/scalars.js';
import { fromStandardString } from '../shared/session/secureStringText.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

export default defineCmdlet({
  name: 'ConvertTo-SecureString',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'Secure',
  outputType: 'System.Security.SecureString',
  synopsis: 'Converts plain text or encrypted strings to secure strings.',
  parameters: {
    String: param.string({ mandatory: true, position: 0, fromPipeline: true }),
    SecureKey: param.typed<SecureString>('securestring', { sets: { Secure: { position: 1 } } }),
    AsPlainText: param.switch({ sets: { PlainText: { position: 1 } } }),
    Force: param.switch({ sets: { PlainText: { position: 2 } } }),
    Key: param.typed<unknown>('byte[]', { sets: ['Open'] }),
  },
  invoke: (c) => ({
    process() {
      const text = c.params.String ?? '';
      if (c.params.AsPlainText) {
        c.write(new SecureString(text));
        return;
      }
      const decoded = fromStandardString(text);
      if ('text' in decoded) {
        c.write(new SecureString(decoded.text));
        return;
      }
      if ('badPair' in decoded) {
        return c.fail({
          message: `The input string '${decoded.badPair}' was not in a correct format.`,
          id: qualifiedErrorId('System.FormatException', c.commandName),
          category: 'NotSpecified',
          exceptionType: 'System.FormatException',
        });
      }
      c.fail({
        message: `The parameter value "${text}" is not a valid encrypted string.`,
        id: qualifiedErrorId('ImportSecureString', c.commandName),
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.PSArgumentException',
        target: text,
      });
    },
  }),
});
