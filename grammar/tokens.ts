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
export const AdditiveOperator = token('AdditiveOperator', [BinaryOperator]);
export const Keyword = token('Keyword');
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
export const Plus = token('Plus', [AdditiveOperator]);
export const Minus = token('Minus', [AdditiveOperator]);
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
export const If = token('If', [Keyword]);
export const ElseIf = token('ElseIf', [Keyword, StrayToken]);
export const Else = token('Else', [Keyword, StrayToken]);
export const Switch = token('Switch', [Keyword]);
export const Foreach = token('Foreach', [Keyword]);
export const For = token('For', [Keyword]);
export const While = token('While', [Keyword]);
export const Do = token('Do', [Keyword]);
export const Until = token('Until', [Keyword, StrayToken]);
export const Try = token('Try', [Keyword]);
export const Catch = token('Catch', [Keyword, StrayToken]);
export const Finally = token('Finally', [Keyword, StrayToken]);
export const Trap = token('Trap', [Keyword]);
export const Throw = token('Throw', [Keyword]);
export const Return = token('Return', [Keyword]);
export const Exit = token('Exit', [Keyword]);
export const Break = token('Break', [Keyword]);
export const Continue = token('Continue', [Keyword]);
export const FunctionKeyword = token('FunctionKeyword', [Keyword]); // function, filter, workflow
export const Param = token('Param', [Keyword]);
export const NamedBlockKeyword = token('NamedBlockKeyword', [Keyword]); // begin process end clean dynamicparam
export const Class = token('Class', [Keyword]);
export const Enum = token('Enum', [Keyword]);
export const Using = token('Using', [Keyword]);
export const In = token('In', [Keyword, StrayToken]);
export const Data = token('Data', [Keyword]);

export const allTokens: TokenType[] = [
  StringLiteral, AssignmentOperator, BinaryOperator, AdditiveOperator, Keyword, StrayToken,
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
