import type { Guid, IsoDate } from './ids.js';

export interface Group {
  readonly id: Guid;
  readonly displayName: string;
  readonly mailNickname: string;
  readonly mail: string | null;
  /** `Unified` for a Microsoft 365 group, empty for a security group. */
  readonly groupTypes: readonly string[];
  readonly securityEnabled: boolean;
  readonly mailEnabled: boolean;
  /** User object ids, in the order they were added (Get-MgGroupMember order). */
  readonly members: readonly Guid[];
  readonly owners: readonly Guid[];
  readonly createdDateTime: IsoDate;
}
