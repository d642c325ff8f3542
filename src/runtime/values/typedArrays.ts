/**
 * Arrays with an element type (`[int[]]`, `[string[]]`): a JS array tagged with its .NET element
 * type, so `.GetType()` says Int32[] and assigning to an element converts the value.
 */
import type { PSType } from '../types/PSType.js';

const elementTypes = new WeakMap<unknown[], PSType>();

export function tagArray<T extends unknown[]>(items: T, elementType: PSType): T {
  if (elementType.fullName !== 'System.Object') elementTypes.set(items, elementType);
  return items;
}

export function arrayElementType(items: unknown[]): PSType | undefined {
  return elementTypes.get(items);
}
