/** A type as a value ([int], $x.GetType()): Name, FullName, BaseType, IsArray, ... */
import { enumInfo } from '../convert/convertTo.js';
import { PSType } from '../types/PSType.js';
import { defineFamily } from './families.js';
import { baseTypeName, isValueTypeName, typeFromName, typeOfValue } from './typeInfo.js';

defineFamily((v): v is PSType => v instanceof PSType)
  .property('Name', 'string', (t) => t.name)
  .property('FullName', 'string', (t) => t.fullName)
  .property('Namespace', 'string', (t) => {
    const base = t.fullName.replace(/[[`].*$/, '');
    const i = base.lastIndexOf('.');
    return i < 0 ? null : base.slice(0, i);
  })
  .property('BaseType', 'type', (t) => {
    const b = baseTypeName(t.fullName);
    return b === null ? null : typeFromName(b);
  })
  .property('IsArray', 'bool', (t) => t.isArray)
  .property('IsEnum', 'bool', (t) => enumInfo(t.fullName) !== undefined)
  .property('IsValueType', 'bool', (t) => isValueTypeName(t.fullName))
  .property('IsClass', 'bool', (t) => !isValueTypeName(t.fullName))
  .property('IsGenericType', 'bool', (t) => t.typeArguments.length > 0)
  .property('GenericTypeArguments', 'type[]', (t) => [...t.typeArguments])
  .property('IsPublic', 'bool', () => true)
  .property('UnderlyingSystemType', 'type', (t) => t)
  .method('type GetElementType()', (t) => t.elementType)
  .method('type[] GetGenericArguments()', (t) => [...t.typeArguments])
  .method('bool IsInstanceOfType(System.Object o)', (t, [o]) => {
    for (let n: string | null = typeOfValue(o).fullName; n; n = baseTypeName(n))
      if (n === t.fullName) return true;
    return false;
  })
  .method('bool IsAssignableFrom(type c)', (t, [c]) => {
    for (let n: string | null = (c as PSType).fullName; n; n = baseTypeName(n))
      if (n === t.fullName) return true;
    return false;
  })
  .method('bool Equals(System.Object o)', (t, [o]) => o instanceof PSType && o.fullName === t.fullName)
  .method('string ToString()', (t) => t.fullName);
