/** The body of New-MgGroupMember and the Remove-MgGroupMember*ByRef pair: one membership change. */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { notFound } from './errors.js';
import { findGroup } from './groups.js';
import { graphContext, graphRun, writeGraphFailure } from './operation.js';
import { userRef } from './users.js';

export function changeGroupMember(
  c: CmdletCall<unknown>,
  groupId: string,
  memberId: string,
  member: boolean,
  whatIfTarget: string,
): boolean {
  const g = graphContext(c);
  const group = findGroup(g.tenant, groupId);
  if (!group) {
    writeGraphFailure(c, g, notFound(groupId), groupId);
    return false;
  }
  if (!c.shouldProcess(whatIfTarget, g.variant)) return false;
  return (
    graphRun(c, g, memberId, () => {
      g.tenant.directory.setGroupMember(g.caller, group.id, userRef(memberId), member);
      return true;
    }) ?? false
  );
}
