/**
 * The profile parameters New-MsolUser and Set-MsolUser share, and the user fields the directory
 * service stores for them. Parameters the model has no field for (State, PostalCode, ...) are
 * accepted, as scripts pass them, and not stored.
 */
import { param } from '../../runtime/commands/defineCmdlet.js';

const pn = (): ReturnType<typeof param.string> => param.string({ byPropertyName: true });

export const profileParameters = {
  FirstName: pn(),
  LastName: pn(),
  Title: pn(),
  Department: pn(),
  Office: pn(),
  City: pn(),
  State: pn(),
  Country: pn(),
  PostalCode: pn(),
  StreetAddress: pn(),
  PhoneNumber: pn(),
  MobilePhone: pn(),
  Fax: pn(),
  PreferredLanguage: pn(),
  PreferredDataLocation: pn(),
  AlternateEmailAddresses: param.strings({ byPropertyName: true }),
  AlternateMobilePhones: param.strings({ byPropertyName: true }),
};

export interface ProfileValues {
  FirstName?: string;
  LastName?: string;
  Title?: string;
  Department?: string;
  Office?: string;
  City?: string;
  Country?: string;
  MobilePhone?: string;
}

export interface StoredProfile {
  firstName?: string;
  lastName?: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  city?: string;
  country?: string;
  mobilePhone?: string;
}

/** The given profile parameters as the service's field names. */
export function storedProfile(p: ProfileValues): StoredProfile {
  const out: StoredProfile = {};
  if (p.FirstName !== undefined) out.firstName = p.FirstName;
  if (p.LastName !== undefined) out.lastName = p.LastName;
  if (p.Title !== undefined) out.jobTitle = p.Title;
  if (p.Department !== undefined) out.department = p.Department;
  if (p.Office !== undefined) out.officeLocation = p.Office;
  if (p.City !== undefined) out.city = p.City;
  if (p.Country !== undefined) out.country = p.Country;
  if (p.MobilePhone !== undefined) out.mobilePhone = p.MobilePhone;
  return out;
}
