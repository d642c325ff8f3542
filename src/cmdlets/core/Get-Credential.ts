/**
 * Get-Credential: prompts as pwsh's console host does (a caption, the message, `User: ` unless
 * -UserName is given, then `Password for user X: `), reading the user name line and the password
 * line of the script's input. With no input left it fails as pwsh does non-interactively.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { PSCredential, SecureString } from '../../runtime/values/scalars.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { noInputError } from '../shared/session/nonInteractive.js';

export default defineCmdlet({
  name: 'Get-Credential',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'CredentialSet',
  outputType: 'System.Management.Automation.PSCredential',
  synopsis: 'Gets a credential object based on a user name and password.',
  parameters: {
    // pwsh's credential attribute turns a user name given here into a prompt for that user.
    Credential: param.object({ sets: { CredentialSet: { position: 0 } } }),
    Message: param.string({ sets: ['MessageSet'] }),
    UserName: param.string({ sets: { MessageSet: { position: 0 } } }),
    Title: param.string({ sets: ['MessageSet'] }),
  },
  invoke: (c) => ({
    end() {
      const given = c.params.Credential instanceof PSObject && c.params.Credential.baseObject !== null ? c.params.Credential.baseObject : c.params.Credential;
      if (given instanceof PSCredential) {
        c.write(given);
        return;
      }
      const io = c.callerCtx.rt.io;
      let user = c.params.UserName ?? (given === undefined || given === null ? '' : toStr(given));
      c.writeHost(`\n${c.params.Title ?? 'PowerShell credential request'}\n${c.params.Message ?? 'Enter your credentials.'}`);
      if (user === '') {
        c.writeHost('User: ', { noNewline: true });
        const line = io.readLine();
        if (line === null) return c.fail(noInputError(c.commandName));
        c.writeHost(line);
        user = line;
      }
      c.writeHost(`Password for user ${user}: `, { noNewline: true });
      const password = io.readLine();
      if (password === null) return c.fail(noInputError(c.commandName));
      c.writeHost('');
      c.write(new PSCredential(user, new SecureString(password)));
    },
  }),
});
