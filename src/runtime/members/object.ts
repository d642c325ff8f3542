/** System.Object's members, which every value has: GetType, ToString, Equals, GetHashCode. */
import { dotnetEquals, dotnetHashCode } from './equality.js';
import { objectMembers } from './families.js';
import { toDotNetString } from './toDotNetString.js';
import { typeOfValue } from './typeInfo.js';

objectMembers
  .method('type GetType()', (self) => typeOfValue(self))
  .method('string ToString()', (self) => toDotNetString(self))
  .method('bool Equals(System.Object obj)', (self, [other]) => dotnetEquals(self, other))
  .method('int GetHashCode()', (self) => dotnetHashCode(self));
