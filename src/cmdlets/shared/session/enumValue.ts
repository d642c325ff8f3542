/** An enum value of a registered enum type, by member name. */
import { enumInfo } from '../../../runtime/convert/convertTo.js';
import { PSEnumValue } from '../../../runtime/values/scalars.js';

export function enumValue(typeName: string, name: string): PSEnumValue {
  const info = enumInfo(typeName);
  const i = info ? info.names.indexOf(name) : -1;
  return new PSEnumValue(typeName, name, i >= 0 ? info!.values[i]! : 0);
}
