/** A tenant user as AzureAD's User object, with Mail from the user's mailbox. */
import type { PSObject } from '../../runtime/values/PSObject.js';
import type { Tenant, User } from '../../tenant/index.js';
import { aadUser } from './shapes.js';

export function aadUserOf(tenant: Tenant, u: User): PSObject {
  const mailbox = tenant.mailboxes.find(u.id);
  return aadUser(u, mailbox ? mailbox.primarySmtpAddress : null);
}
