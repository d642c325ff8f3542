/**
 * The user properties New-AzureADUser and Set-AzureADUser share (not pipeline-bound), and the
 * directory service's fields for them. Those the model has no field for (State, PostalCode,
 * TelephoneNumber, ...) are accepted and not stored.
 */
import { param } from '../../runtime/commands/defineCmdlet.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import type { UserPatch } from '../../tenant/services/directory/DirectoryService.js';
import { AAD_MODEL } from './types.js';

export const userPropertyParameters = {
  AccountEnabled: param.bool(),
  DisplayName: param.string(),
  GivenName: param.string(),
  Surname: param.string(),
  UserPrincipalName: param.string(),
  MailNickName: param.string(),
  UsageLocation: param.string(),
  JobTitle: param.string(),
  Department: param.string(),
  City: param.string(),
  Country: param.string(),
  State: param.string(),
  PostalCode: param.string(),
  StreetAddress: param.string(),
  TelephoneNumber: param.string(),
  Mobile: param.string(),
  PhysicalDeliveryOfficeName: param.string(),
  FacsimileTelephoneNumber: param.string(),
  CompanyName: param.string(),
  PreferredLanguage: param.string(),
  ImmutableId: param.string(),
  UserType: param.string(),
  OtherMails: param.strings(),
  ShowInAddressList: param.bool(),
  PasswordPolicies: param.string(),
  PasswordProfile: param.typed<unknown>(AAD_MODEL.passwordProfile),
  CreationType: param.string(),
  AgeGroup: param.string(),
  ConsentProvidedForMinor: param.string(),
  IsCompromised: param.bool(),
  SignInNames: param.objects(),
  ExtensionProperty: param.objects(),
};

export interface UserPropertyValues {
  AccountEnabled?: boolean;
  DisplayName?: string;
  GivenName?: string;
  Surname?: string;
  UserPrincipalName?: string;
  UsageLocation?: string;
  JobTitle?: string;
  Department?: string;
  City?: string;
  Country?: string;
  Mobile?: string;
  PhysicalDeliveryOfficeName?: string;
  ImmutableId?: string;
  UserType?: string;
  PasswordProfile?: unknown;
}

/** The password a PasswordProfile carries, if any. */
export function passwordOf(profile: unknown): string | undefined {
  if (profile === undefined || profile === null) return undefined;
  const p = getPropertyValue(profile, 'Password');
  return p === null || p === undefined ? undefined : toStr(p);
}

export function userPatchOf(p: UserPropertyValues): UserPatch {
  const password = passwordOf(p.PasswordProfile);
  return {
    ...(p.AccountEnabled !== undefined ? { accountEnabled: p.AccountEnabled } : {}),
    ...(p.DisplayName !== undefined ? { displayName: p.DisplayName } : {}),
    ...(p.GivenName !== undefined ? { firstName: p.GivenName } : {}),
    ...(p.Surname !== undefined ? { lastName: p.Surname } : {}),
    ...(p.UserPrincipalName !== undefined ? { userPrincipalName: p.UserPrincipalName } : {}),
    ...(p.UsageLocation !== undefined ? { usageLocation: p.UsageLocation } : {}),
    ...(p.JobTitle !== undefined ? { jobTitle: p.JobTitle } : {}),
    ...(p.Department !== undefined ? { department: p.Department } : {}),
    ...(p.City !== undefined ? { city: p.City } : {}),
    ...(p.Country !== undefined ? { country: p.Country } : {}),
    ...(p.Mobile !== undefined ? { mobilePhone: p.Mobile } : {}),
    ...(p.PhysicalDeliveryOfficeName !== undefined ? { officeLocation: p.PhysicalDeliveryOfficeName } : {}),
    ...(p.ImmutableId !== undefined ? { immutableId: p.ImmutableId } : {}),
    ...(p.UserType === 'Member' || p.UserType === 'Guest' ? { userType: p.UserType } : {}),
    ...(password !== undefined ? { password } : {}),
  };
}
