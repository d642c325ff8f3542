/**
 * The AzureAD model types scripts build with New-Object (directory-cmdlets.md section 3):
 * AssignedLicense, AssignedLicenses and PasswordProfile. Each is a PSObject with the real type
 * name and settable note properties, constructed through the members layer (`[T]::new()`,
 * `New-Object T`), and converted for parameter binding from such an object or a hashtable (as
 * PowerShell builds a .NET object with a default constructor from a hashtable).
 * Runs on import: cmdlet files that declare parameters of these types import it first.
 */
import { registerConverter } from '../../runtime/convert/convertTo.js';
import { ConversionError } from '../../runtime/convert/ConversionError.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { defineStatics } from '../../runtime/members/families.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { registerType } from '../../runtime/types/registry.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { PSObject } from '../../runtime/values/PSObject.js';
import { stringList, typedObject } from '../msonline/values.js';

const NS = 'Microsoft.Open.AzureAD.Model';
export const AAD_MODEL = {
  assignedLicense: `${NS}.AssignedLicense`,
  assignedLicenses: `${NS}.AssignedLicenses`,
  passwordProfile: `${NS}.PasswordProfile`,
} as const;

/** A new, empty model object: its properties as a default constructor leaves them. */
const blank: ReadonlyMap<string, () => PSObject> = new Map([
  [
    AAD_MODEL.assignedLicense,
    () =>
      typedObject(
        [AAD_MODEL.assignedLicense],
        [
          ['DisabledPlans', stringList([])],
          ['SkuId', null],
        ],
      ),
  ],
  [
    AAD_MODEL.assignedLicenses,
    () =>
      typedObject(
        [AAD_MODEL.assignedLicenses],
        [
          ['AddLicenses', null],
          ['RemoveLicenses', null],
        ],
      ),
  ],
  [
    AAD_MODEL.passwordProfile,
    () =>
      typedObject(
        [AAD_MODEL.passwordProfile],
        [
          ['Password', null],
          ['ForceChangePasswordNextLogin', null],
          ['EnforceChangePasswordPolicy', null],
        ],
      ),
  ],
]);

export function newModelObject(typeName: string): PSObject {
  return blank.get(typeName)!();
}

function converter(typeName: string) {
  return (value: unknown): unknown => {
    const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
    if (v === null || v === undefined) return null;
    if (v instanceof PSObject && v.typeNames[0] === typeName) return v;
    if (v instanceof PSHashtable) {
      const o = newModelObject(typeName);
      for (const [k, val] of v.pairs()) {
        const name = toStr(k);
        if (!o.getProperty(name))
          throw new ConversionError(
            `Cannot convert value "System.Collections.Hashtable" to type "${typeName}". Error: "Cannot find the property ${name}."`,
          );
        o.setNote(o.getProperty(name)!.name, val);
      }
      return o;
    }
    throw new ConversionError(
      `Cannot convert the "${toStr(v)}" value of type "${typeNameOf(v)}" to type "${typeName}".`,
    );
  };
}

for (const typeName of blank.keys()) {
  registerType(typeName);
  defineStatics(typeName).constructors.method(`${typeName} new()`, () => newModelObject(typeName));
  registerConverter(typeName, converter(typeName));
}
