/** Remove-MsolRoleMember: takes an admin role away from a user. */
import { roleMemberCmdlet } from './roleMember.js';

export default roleMemberCmdlet('Remove', 'Removes a member from an administrator role.');
