/** ConvertFrom-SecureString: the plain text with -AsPlainText, else pwsh's (Unix) encrypted standard string. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { SecureString } from '../../runtime/values/scalars.js';
import { toStandardString } from '../shared/session/secureStringText.js';

export default defineCmdlet({
  name: 'ConvertFrom-SecureString',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'Secure',
  outputType: 'System.String',
  synopsis: 'Converts a secure string to an encrypted standard string.',
  parameters: {
    SecureString: param.typed<SecureString>('securestring', { mandatory: true, position: 0, fromPipeline: true }),
    SecureKey: param.typed<SecureString>('securestring', { sets: { Secure: { position: 1 } } }),
    AsPlainText: param.switch({ sets: ['AsPlainText'] }),
    Key: param.typed<unknown>('byte[]', { sets: ['Open'] }),
  },
  invoke: (c) => ({
    process() {
      const plain = c.params.SecureString?.plain ?? '';
      c.write(c.params.AsPlainText ? plain : toStandardString(plain));
    },
  }),
});
