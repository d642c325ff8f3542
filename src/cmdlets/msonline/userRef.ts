/** How an MSOnline cmdlet named its user: -ObjectId (a Guid) or -UserPrincipalName. */
import type { PSGuid } from '../../runtime/values/scalars.js';
import type { UserRef } from '../../tenant/index.js';

export function msolUserRef(params: { ObjectId?: PSGuid; UserPrincipalName?: string }): UserRef {
  return params.ObjectId !== undefined
    ? { by: 'objectId', value: params.ObjectId.text }
    : { by: 'userPrincipalName', value: params.UserPrincipalName ?? '' };
}

/** The text MSOnline names the user by in its errors. */
export const refText = (ref: UserRef): string => ref.value;
