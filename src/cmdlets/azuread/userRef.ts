/** AzureAD's -ObjectId takes an object id or a UPN (the AAD docs pass UPNs). */
import type { UserRef } from '../../tenant/index.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function aadUserRef(objectId: string): UserRef {
  return GUID.test(objectId) ? { by: 'objectId', value: objectId } : { by: 'userPrincipalName', value: objectId };
}
