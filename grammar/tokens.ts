/**
 * Token types of the PowerShell grammar.
 *
 * The tokens are not produced by a chevrotain Lexer: PowerShell tokenizes differently in command
 * mode and in expression mode (about_Parsing), so grammar/tokenizer.ts follows the parse mode
 * itself and emits instances of these types. They have no patterns (Lexer.NA) for that reason.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

const token = (name: string, categories?: TokenType[]): TokenType =>
  createToken({ name, pattern: Lexer.NA, ...(categories ? { categories } : {}) });

// Categories: one CONSUME of a category matches any of its members.
export const StringLiteral = token('StringLiteral');
export const AssignmentOperator = token('AssignmentOperator');
export const BinaryOperator = token('BinaryOperator');
/** Tokens that cannot start a statement: where one stands at a statement's start, pwsh reports it. */
export const StrayToken = token('StrayToken');

// Structure
export const NewLine = token('NewLine');
export const Semicolon = token('Semicolon');
export const LCurly = token('LCurly');
export const RCurly = token('RCurly', [StrayToken]);
export const LParen = token('LParen');
export const RParen = token('RParen', [StrayToken]);
export const AtParen = token('AtParen'); // @(
export const DollarParen = token('DollarParen'); // $(
export const AtCurly = token('AtCurly'); // @{
export const LBracket = token('LBracket', [StrayToken]); // [ of an index
export const RBracket = token('RBracket', [StrayToken]);
export const Pipe = token('Pipe', [StrayToken]);
export const AndAnd = token('AndAnd', [StrayToken]);
export const OrOr = token('OrOr', [StrayToken]);
export const Ampersand = token('Ampersand'); // call operator, or background when it ends a pipeline
export const DotSource = token('DotSource'); // `. file.ps1`
export const Comma = token('Comma');
export const Dot = token('Dot', [StrayToken]); // member access
export const ColonColon = token('ColonColon', [StrayToken]);
export const QuestionDot = token('QuestionDot', [StrayToken]); // ?.
export const QuestionLBracket = token('QuestionLBracket', [StrayToken]); // ?[
export const Question = token('Question', [StrayToken]); // ternary
export const Colon = token('Colon', [StrayToken]); // ternary, class base list
export const Label = token('Label', [StrayToken]); // :outer
export const Redirection = token('Redirection', [StrayToken]); // > >> 2> 2>&1 *> ...
export const StopParsing = token('StopParsing', [StrayToken]); // --% and the rest of the line
export const EndOfParameters = token('EndOfParameters', [StrayToken]); // --

// Operands
export const NumberLiteral = token('NumberLiteral');
export const VerbatimString = token('VerbatimString', [StringLiteral]);
export const ExpandableString = token('ExpandableString', [StringLiteral]);
export const VerbatimHereString = token('VerbatimHereString', [StringLiteral]);
export const ExpandableHereString = token('ExpandableHereString', [StringLiteral]);
export const Variable = token('Variable');
export const SplattedVariable = token('SplattedVariable');
export const TypeLiteral = token('TypeLiteral'); // [System.String[]]
export const AttributeOpen = token('AttributeOpen'); // [Parameter(
export const Identifier = token('Identifier', [StrayToken]); // a bare word in expression mode (member name, key)
export const CommandName = token('CommandName'); // a bare word at command position
export const GenericArgument = token('GenericArgument', [StrayToken]); // a bare word argument in command mode
export const Parameter = token('Parameter', [StrayToken]); // -Name or -Name:

// Operators
export const Equals = token('Equals', [AssignmentOperator, StrayToken]);
export const CompoundAssign = token('CompoundAssign', [AssignmentOperator, StrayToken]); // += -= *= /= %= ??=
export const Plus = token('Plus', [BinaryOperator]);
export const Minus = token('Minus', [BinaryOperator]);
export const MultiplicativeOperator = token('MultiplicativeOperator', [BinaryOperator, StrayToken]); // * / %
export const DashBinaryOperator = token('DashBinaryOperator', [BinaryOperator, StrayToken]); // -eq -and -band -f ...
export const SplitJoin = token('SplitJoin', [BinaryOperator]); // -split -join: unary too
export const DotDot = token('DotDot', [BinaryOperator, StrayToken]);
export const Coalesce = token('Coalesce', [BinaryOperator, StrayToken]); // ??
export const Exclaim = token('Exclaim');
export const DashUnaryOperator = token('DashUnaryOperator'); // -not -bnot
export const PlusPlus = token('PlusPlus');
export const MinusMinus = token('MinusMinus');

// Keywords (recognized only where a statement can start, as pwsh does)
export const If = token('If');
export const ElseIf = token('ElseIf', [StrayToken]);
export const Else = token('Else', [StrayToken]);
export const Switch = token('Switch');
export const Foreach = token('Foreach');
export const For = token('For');
export const While = token('While');
export const Do = token('Do');
export const Until = token('Until', [StrayToken]);
export const Try = token('Try');
export const Catch = token('Catch', [StrayToken]);
export const Finally = token('Finally', [StrayToken]);
export const Trap = token('Trap');
export const Throw = token('Throw');
export const Return = token('Return');
export const Exit = token('Exit');
export const Break = token('Break');
export const Continue = token('Continue');
export const FunctionKeyword = token('FunctionKeyword'); // function, filter, workflow
export const Param = token('Param');
export const NamedBlockKeyword = token('NamedBlockKeyword'); // begin process end clean dynamicparam
export const Class = token('Class');
export const Enum = token('Enum');
export const Using = token('Using');
export const In = token('In', [StrayToken]);
export const Data = token('Data');

export const allTokens: TokenType[] = [
  StringLiteral, AssignmentOperator, BinaryOperator, StrayToken,
  NewLine, Semicolon, LCurly, RCurly, LParen, RParen, AtParen, DollarParen, AtCurly, LBracket, RBracket,
  Pipe, AndAnd, OrOr, Ampersand, DotSource, Comma, Dot, ColonColon, QuestionDot, QuestionLBracket,
  Question, Colon, Label, Redirection, StopParsing, EndOfParameters,
  NumberLiteral, VerbatimString, ExpandableString, VerbatimHereString, ExpandableHereString, Variable,
  SplattedVariable, TypeLiteral, AttributeOpen, Identifier, CommandName, GenericArgument, Parameter,
  Equals, CompoundAssign, Plus, Minus, MultiplicativeOperator, DashBinaryOperator, SplitJoin, DotDot,
  Coalesce, Exclaim, DashUnaryOperator, PlusPlus, MinusMinus,
  If, ElseIf, Else, Switch, Foreach, For, While, Do, Until, Try, Catch, Finally, Trap, Throw, Return,
  Exit, Break, Continue, FunctionKeyword, Param, NamedBlockKeyword, Class, Enum, Using, In, Data,
];

/** Statement keywords, lower-case, as pwsh recognizes them at the start of a statement. */
export const statementKeywords: ReadonlyMap<string, TokenType> = new Map([
  ['if', If], ['elseif', ElseIf], ['else', Else], ['switch', Switch], ['foreach', Foreach],
  ['for', For], ['while', While], ['do', Do], ['until', Until], ['try', Try], ['catch', Catch],
  ['finally', Finally], ['trap', Trap], ['throw', Throw], ['return', Return], ['exit', Exit],
  ['break', Break], ['continue', Continue], ['function', FunctionKeyword], ['filter', FunctionKeyword],
  ['workflow', FunctionKeyword], ['param', Param], ['begin', NamedBlockKeyword],
  ['process', NamedBlockKeyword], ['end', NamedBlockKeyword], ['clean', NamedBlockKeyword],
  ['dynamicparam', NamedBlockKeyword], ['class', Class], ['enum', Enum], ['using', Using], ['data', Data],
]);

/** The dash operators of about_Operators, by name without the dash; `c`/`i` variants included. */
const comparisonBases = [
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace',
  'contains', 'notcontains', 'in', 'notin', 'split', 'join',
];
export const dashOperators: ReadonlyMap<string, TokenType> = (() => {
  const map = new Map<string, TokenType>();
  for (const base of comparisonBases) {
    const type = base === 'split' || base === 'join' ? SplitJoin : DashBinaryOperator;
    map.set(base, type);
    if (base !== 'join') {
      map.set('c' + base, DashBinaryOperator);
      map.set('i' + base, DashBinaryOperator);
    }
  }
  for (const op of ['is', 'isnot', 'as', 'and', 'or', 'xor', 'band', 'bor', 'bxor', 'shl', 'shr', 'f']) {
    map.set(op, DashBinaryOperator);
  }
  map.set('not', DashUnaryOperator);
  map.set('bnot', DashUnaryOperator);
  return map;
})();
