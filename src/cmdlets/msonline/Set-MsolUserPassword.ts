/**
 * Set-MsolUserPassword: sets a cloud user's password (T-ROLE-2; T-DEL-4: not for a synced user),
 * or generates one and writes it when -NewPassword is omitted.
 */
import { randomInt } from 'node:crypto';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext, msolRun } from './operation.js';
import { msolUserRef } from './userRef.js';

/** MSOnline's generated passwords look like `Hogo3136`: three letters, `o`, four digits. */
function generatedPassword(): string {
  const upper = 'BCDFGHJKLMNPRSTVWZ';
  const vowels = 'aeiu';
  const lower = 'bcdfghjklmnprstvwz';
  const pick = (s: string): string => s[randomInt(s.length)]!;
  return `${pick(upper)}${pick(vowels)}${pick(lower)}o${String(randomInt(10000)).padStart(4, '0')}`;
}

export default defineCmdlet({
  name: 'Set-MsolUserPassword',
  module: 'MSOnline',
  defaultParameterSet: 'ResetUserPassword__0',
  synopsis: 'Resets the password for a user.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { ResetUserPassword__0: { mandatory: true, byPropertyName: true } } }),
    UserPrincipalName: param.string({ sets: { ResetUserPasswordByUpn__0: { mandatory: true, byPropertyName: true } } }),
    NewPassword: param.string({ byPropertyName: true }),
    ForceChangePassword: param.bool({ byPropertyName: true }),
    ForceChangePasswordOnly: param.bool({ byPropertyName: true }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = msolContext(c);
      const ref = msolUserRef(c.params);
      if (c.params.ForceChangePasswordOnly && c.params.NewPassword === undefined) {
        // Only the "change at next sign-in" flag, which the emulator does not model.
        msolRun(c, ref.value, () => tenant.directory.getUser(ref));
        return;
      }
      const password = c.params.NewPassword ?? generatedPassword();
      const done = msolRun(c, ref.value, () => tenant.directory.updateUser(caller, ref, { password }));
      if (done && c.params.NewPassword === undefined) c.write(password);
    },
  }),
});
