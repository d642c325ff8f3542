/** The expanded user-property parameters of New-MgUser and Update-MgUser (one per JSON property). */
import { param } from '../../runtime/commands/defineCmdlet.js';

export const userPropertyParameters = (set: string) => ({
  AccountEnabled: param.switch({ sets: [set] }),
  AdditionalProperties: param.hashtable({ sets: [set] }),
  BusinessPhones: param.strings({ sets: [set] }),
  City: param.string({ sets: [set] }),
  CompanyName: param.string({ sets: [set] }),
  Country: param.string({ sets: [set] }),
  Department: param.string({ sets: [set] }),
  DisplayName: param.string({ sets: [set] }),
  EmployeeId: param.string({ sets: [set] }),
  GivenName: param.string({ sets: [set] }),
  JobTitle: param.string({ sets: [set] }),
  MailNickname: param.string({ sets: [set] }),
  MobilePhone: param.string({ sets: [set] }),
  OfficeLocation: param.string({ sets: [set] }),
  OnPremisesImmutableId: param.string({ sets: [set] }),
  OtherMails: param.strings({ sets: [set] }),
  PasswordPolicies: param.string({ sets: [set] }),
  PasswordProfile: param.object({ sets: [set] }),
  PreferredLanguage: param.string({ sets: [set] }),
  ProxyAddresses: param.strings({ sets: [set] }),
  ShowInAddressList: param.switch({ sets: [set] }),
  Surname: param.string({ sets: [set] }),
  UsageLocation: param.string({ sets: [set] }),
  UserPrincipalName: param.string({ sets: [set] }),
  UserType: param.string({ sets: [set] }),
});

export const USER_PROPERTY_PARAMETER_NAMES: readonly string[] = Object.keys(userPropertyParameters('x'));
