/**
 * Binary operator precedence (about_Operator_Precedence; pwsh's TokenFlags.BinaryPrecedence*).
 * Higher binds tighter. The comma, which binds tighter still, is handled by the grammar.
 */
const precedence = new Map<string, number>([
  ['-and', 1], ['-or', 1], ['-xor', 1],
  ['-band', 2], ['-bor', 2], ['-bxor', 2],
  ['??', 7],
  ['+', 9], ['-', 9],
  ['*', 10], ['/', 10], ['%', 10],
  ['-f', 12],
  ['..', 13],
]);

/** Every other dash operator (-eq, -like, -match, -replace, -split, -is, -as, -shl...) is a comparison. */
const COMPARISON = 5;

export function binaryPrecedence(operator: string): number {
  return precedence.get(operator) ?? COMPARISON;
}

/** The operator as the AST spells it: lower case, typographic dashes made plain. */
export function normalizeOperator(image: string): string {
  return image.replace(/^[\u2013\u2014\u2015]/, '-').toLowerCase();
}
