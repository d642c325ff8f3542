/** Validation attributes with pwsh's messages (the binder prefixes "Cannot validate argument on parameter 'X'."). */
import { toStr } from '../convert/toStringValue.js';
import { asNumber } from '../convert/toNumber.js';
import { toDouble } from '../values/numbers.js';
import { enumerableItems } from '../values/enumerate.js';
import type { Validator } from './metadata.js';

export class ValidationError extends Error {}

const eachItem = (value: unknown): unknown[] => enumerableItems(value) ?? [value];

export function validateSet(values: readonly string[], ignoreCaseOff: boolean): Validator {
  const allowed = new Set(values.map((v) => (ignoreCaseOff ? v : v.toLowerCase())));
  return (value) => {
    for (const item of eachItem(value)) {
      const s = toStr(item);
      if (!allowed.has(ignoreCaseOff ? s : s.toLowerCase())) {
        throw new ValidationError(
          `The argument "${s}" does not belong to the set "${values.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
        );
      }
    }
  };
}

export const validateNotNullOrEmpty: Validator = (value) => {
  if (value === null || value === undefined) {
    throw new ValidationError('The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.');
  }
  const items = enumerableItems(value);
  if (items && items.length === 0) {
    throw new ValidationError('The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.');
  }
  for (const item of items ?? [value]) {
    if (item === null || item === '') {
      throw new ValidationError('The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.');
    }
  }
};

export const validateNotNull: Validator = (value) => {
  if (value === null || value === undefined) {
    throw new ValidationError('The argument is null. Provide a valid value for the argument, and then try running the command again.');
  }
};

export function validateRange(min: number, max: number): Validator {
  return (value) => {
    for (const item of eachItem(value)) {
      const n = asNumber(item);
      const d = n === null ? NaN : toDouble(n);
      if (d < min) {
        throw new ValidationError(`The ${toStr(item)} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`);
      }
      if (d > max) {
        throw new ValidationError(`The ${toStr(item)} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`);
      }
    }
  };
}

export function validatePattern(pattern: string, test: (s: string) => boolean): Validator {
  return (value) => {
    for (const item of eachItem(value)) {
      const s = toStr(item);
      if (!test(s)) {
        throw new ValidationError(`The argument "${s}" does not match the "${pattern}" pattern. Supply an argument that matches "${pattern}" and try the command again.`);
      }
    }
  };
}

export function validateCount(min: number, max: number): Validator {
  return (value) => {
    const n = (enumerableItems(value) ?? [value]).length;
    if (n < min) throw new ValidationError(`The parameter requires at least ${min} value(s) and no more than ${max} value(s) - ${n} value(s) were provided.`);
    if (n > max) throw new ValidationError(`The parameter requires at least ${min} value(s) and no more than ${max} value(s) - ${n} value(s) were provided.`);
  };
}

export function validateLength(min: number, max: number): Validator {
  return (value) => {
    for (const item of eachItem(value)) {
      const s = toStr(item);
      if (s.length < min) throw new ValidationError(`The character length of the ${s.length} argument is too short. Specify an argument with a length that is greater than or equal to "${min}", and then try the command again.`);
      if (s.length > max) throw new ValidationError(`The character length (${s.length}) of the argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${max}" characters, and then try the command again.`);
    }
  };
}
