import { randomUUID } from 'node:crypto';
import type { Mailbox, OneDrive, User } from '../../model/index.js';
import type { TenantContext } from '../context.js';
import { refuse } from '../errors.js';
import { actorName, type Access, type Principal } from '../identity/principal.js';
import { licensesIncludeHolds, mailboxAddresses, newMailbox } from '../provisioning/records.js';

/**
 * Mailbox and OneDrive state, as the directory rules read it (T-DEL-5) and as the Exchange and
 * SharePoint cmdlets of the next issue will change it. Only the state changes the directory and
 * licensing rules depend on are here: type (T-MBX-2), forwarding (T-DEL-5, T-LIC-5) and
 * litigation hold (T-MBX-5).
 */
export class MailboxService {
  constructor(
    private readonly ctx: TenantContext,
    private readonly access: Access,
  ) {}

  /** The mailbox of a user (by UPN or object id) in any state, or undefined. */
  find(identity: string): Mailbox | undefined {
    this.ctx.refresh();
    const state = this.ctx.state;
    const byId = state.get('mailboxes', identity.toLowerCase());
    if (byId) return byId;
    const user = state.activeUserByUpn(identity);
    if (user) return state.get('mailboxes', user.id);
    for (const m of state.values('mailboxes'))
      if (m.userPrincipalName.toLowerCase() === identity.toLowerCase()) return m;
    return undefined;
  }

  list(filter: (m: Mailbox) => boolean = (m) => m.state === 'active'): Mailbox[] {
    this.ctx.refresh();
    const out: Mailbox[] = [];
    for (const m of this.ctx.state.values('mailboxes')) if (filter(m)) out.push(m);
    return out;
  }

  oneDriveOf(ownerId: string): OneDrive | undefined {
    this.ctx.refresh();
    return this.ctx.state.get('oneDrives', ownerId);
  }

  oneDriveByUrl(url: string): OneDrive | undefined {
    this.ctx.refresh();
    return this.ctx.state.oneDriveByUrl(url);
  }

  /**
   * New-Mailbox -Shared: a disabled, unlicensed account with a shared mailbox (T-LIC-5: a shared
   * mailbox needs no license).
   */
  createSharedMailbox(caller: Principal, input: { alias: string; displayName: string }): Mailbox {
    const org = this.ctx.state.organisation;
    const upn = `${input.alias}@${org.initialDomain}`;
    return this.ctx.run(
      { operation: 'New-Mailbox', workload: 'Exchange', actor: actorName(caller), target: upn },
      (tx) => {
        this.access.requireExchangeAdmin(caller, upn);
        if (this.ctx.state.activeUserByUpn(upn))
          refuse({ kind: 'UpnConflict', upn, restoring: false, rule: null });
        const now = this.ctx.clock.nowIso();
        const user: User = {
          id: randomUUID(),
          userPrincipalName: upn,
          displayName: input.displayName,
          usageLocation: null,
          accountEnabled: false,
          password: randomUUID(),
          userType: 'Member',
          roles: [],
          licenses: [],
          proxyAddresses: mailboxAddresses(upn, org.initialDomain),
          managerId: null,
          immutableId: null,
          lastDirSyncTime: null,
          whenCreated: now,
          softDeletionTimestamp: null,
        };
        for (const a of user.proxyAddresses) {
          if (this.ctx.state.addressOwners(a).length > 0)
            refuse({ kind: 'ProxyAddressConflict', address: a, restoring: false, rule: 'T-MBX-4' });
        }
        tx.put('users', user);
        tx.put('mailboxes', newMailbox(user, org, randomUUID(), now, 'SharedMailbox'));
        return this.ctx.state.get('mailboxes', user.id)!;
      },
    );
  }

  /** Set-Mailbox -Type Shared|Regular (T-MBX-2; T-ROLE-4). */
  setType(caller: Principal, identity: string, type: Mailbox['type']): Mailbox {
    const m = this.requireActive(identity);
    return this.change(caller, m, 'Set-Mailbox', { type });
  }

  /** Set-Mailbox -ForwardingSmtpAddress / -ForwardingAddress / -DeliverToMailboxAndForward. */
  setForwarding(
    caller: Principal,
    identity: string,
    fwd: { smtp?: string | null; address?: string | null; deliverToMailboxAndForward?: boolean },
  ): Mailbox {
    const m = this.requireActive(identity);
    const set: { -readonly [K in keyof Mailbox]?: Mailbox[K] } = {};
    if (fwd.smtp !== undefined)
      set.forwardingSmtpAddress =
        fwd.smtp === null || fwd.smtp === ''
          ? null
          : fwd.smtp.toLowerCase().startsWith('smtp:')
            ? fwd.smtp
            : `smtp:${fwd.smtp}`;
    if (fwd.address !== undefined) set.forwardingAddress = fwd.address;
    if (fwd.deliverToMailboxAndForward !== undefined)
      set.deliverToMailboxAndForward = fwd.deliverToMailboxAndForward;
    return this.change(caller, m, 'Set-Mailbox', set);
  }

  /** Set-Mailbox -LitigationHoldEnabled (T-MBX-5: needs a license that includes holds). */
  setLitigationHold(caller: Principal, identity: string, enabled: boolean): Mailbox {
    const m = this.requireActive(identity);
    return this.change(
      caller,
      m,
      'Set-Mailbox',
      { litigationHoldEnabled: enabled, litigationHoldDate: enabled ? this.ctx.clock.nowIso() : null },
      () => {
        const user = this.ctx.state.get('users', m.userId);
        if (enabled && !(user && licensesIncludeHolds(user.licenses)))
          refuse({ kind: 'HoldNotLicensed', rule: 'T-MBX-5', upn: m.userPrincipalName });
      },
    );
  }

  private requireActive(identity: string): Mailbox {
    const m = this.find(identity);
    return m && m.state === 'active' ? m : refuse({ kind: 'MailboxNotFound', ref: identity });
  }

  private change(
    caller: Principal,
    m: Mailbox,
    operation: string,
    set: Partial<Mailbox>,
    check: () => void = () => {},
  ): Mailbox {
    return this.ctx.run(
      {
        operation,
        workload: 'Exchange',
        actor: actorName(caller),
        target: m.userPrincipalName,
        targetId: m.userId,
      },
      (tx) => {
        // T-ROLE-4, then the change's own rules.
        this.access.requireExchangeAdmin(caller, m.userPrincipalName);
        check();
        Object.assign(tx.details, { parameters: set });
        tx.patch('mailboxes', m.userId, set);
        return this.ctx.state.get('mailboxes', m.userId)!;
      },
    );
  }
}
