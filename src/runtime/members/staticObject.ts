/** System.Object's static methods, which every type literal offers. */
import type { PSType } from '../types/PSType.js';
import { dotnetEquals } from './equality.js';
import { MemberTable } from './MemberTable.js';

export const staticObjectMethods = new MemberTable<PSType>()
  .method('bool Equals(System.Object objA, System.Object objB)', (_t, [a, b]) => dotnetEquals(a, b))
  .method('bool ReferenceEquals(System.Object objA, System.Object objB)', (_t, [a, b]) => a === b);
