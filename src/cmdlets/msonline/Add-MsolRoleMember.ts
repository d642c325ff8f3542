/** Add-MsolRoleMember: gives a user an admin role (Company or Privileged Role Administrator only). */
import { roleMemberCmdlet } from './roleMember.js';

export default roleMemberCmdlet('Add', 'Adds a member to an administrator role.');
