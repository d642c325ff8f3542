import type { CloudInstance, User } from '../../model/index.js';
import type { TenantContext } from '../context.js';
import { refuse } from '../errors.js';
import { Access, userPrincipal, type Principal } from './principal.js';

/**
 * Sign-in facts the Connect-* cmdlets need. Which module lets whom in, and the "Connect first"
 * errors, are the cmdlets' (DESIGN.md Identity); the tenant answers who a user is, whether the
 * password is right, and which cloud the tenant lives in (T-CLOUD-1).
 */
export class IdentityService {
  readonly access: Access;

  constructor(private readonly ctx: TenantContext) {
    this.access = new Access(() => ctx.state);
  }

  /** Connect-* with a credential: the active user with that UPN and password. */
  authenticate(upn: string, password: string): Principal {
    this.ctx.refresh();
    const user = this.ctx.state.activeUserByUpn(upn);
    if (!user || user.password !== password || !user.accountEnabled)
      return refuse({ kind: 'InvalidCredentials', upn });
    return userPrincipal(user);
  }

  /** `--as UPN` and autoConnectAs: sign in without a password; null if no such active user. */
  principalFor(upn: string): Principal | null {
    this.ctx.refresh();
    const user = this.ctx.state.activeUserByUpn(upn);
    return user ? userPrincipal(user) : null;
  }

  /** The implicit identity when no Connect-* ran: `--as` if given, else the tenant's autoConnectAs. */
  defaultPrincipal(asUpn: string | null): Principal | null {
    const upn = asUpn ?? this.ctx.state.organisation.settings.autoConnectAs;
    return upn === null ? null : this.principalFor(upn);
  }

  /** The signed-in user's record (null for app-only and system principals, or once purged). */
  userOf(p: Principal): User | null {
    return p.kind === 'user' ? (this.ctx.state.get('users', p.userId) ?? null) : null;
  }

  /** T-CLOUD-1: connecting to another cloud instance fails as the service would. */
  requireCloud(requested: CloudInstance): void {
    const instance = this.ctx.state.organisation.cloudInstance;
    if (requested !== instance) refuse({ kind: 'WrongCloud', rule: 'T-CLOUD-1', requested, instance });
  }

  get cloudInstance(): CloudInstance {
    return this.ctx.state.organisation.cloudInstance;
  }
}
