/**
 * [Environment]: the values of the emulated host, not of the machine tenantsh runs on (a script
 * must not learn the real user, machine or variables).
 */
import { str } from './args.js';
import { defineStatics } from './families.js';

/** The host identity scripts see; a host may change it. */
export const emulatedHost = { machineName: 'TENANTSH', userName: 'admin', userDomainName: 'TENANTSH' };

defineStatics('System.Environment')
  .members.property('NewLine', 'string', () => '\n')
  .property('MachineName', 'string', () => emulatedHost.machineName)
  .property('UserName', 'string', () => emulatedHost.userName)
  .property('UserDomainName', 'string', () => emulatedHost.userDomainName)
  .property('ProcessorCount', 'int', () => 2)
  .property('Is64BitProcess', 'bool', () => true)
  .property('Is64BitOperatingSystem', 'bool', () => true)
  .property('CurrentDirectory', 'string', () => '/home/admin')
  .property('TickCount', 'int', (_t, ctx) => (ctx ? Number(ctx.utcNow().ticks / 10_000n) & 0x7fffffff : 0))
  .method('string GetEnvironmentVariable(string variable)', (_t, [name]) =>
    str(name) === 'USER' ? emulatedHost.userName : null,
  )
  .method('string[] GetCommandLineArgs()', () => ['pwsh'])
  .method('string ExpandEnvironmentVariables(string name)', (_t, [s]) => str(s) ?? '');
