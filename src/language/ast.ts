/**
 * The PowerShell AST. Node kinds and their parts follow pwsh's System.Management.Automation.Language
 * (PipelineAst, CommandAst, BinaryExpressionAst, ...), so pwsh's documentation of each applies.
 * Every node carries its extent in the source.
 */
import type { SourceText } from './source.js';

/** A node's place in its source; lines and columns are computed on demand. */
export interface Extent {
  readonly source: SourceText;
  readonly start: number; // offset of the first character
  readonly end: number; // offset after the last character
}

interface NodeBase {
  readonly extent: Extent;
}

// ---------------------------------------------------------------------------------------------
// Script blocks and parameters

export interface ScriptBlockAst extends NodeBase {
  kind: 'ScriptBlock';
  paramBlock: ParamBlockAst | null;
  /** begin/process/end/clean/dynamicparam; a script without named blocks has only `end`. */
  begin: NamedBlockAst | null;
  process: NamedBlockAst | null;
  end: NamedBlockAst | null;
  clean: NamedBlockAst | null;
  dynamicParam: NamedBlockAst | null;
  usings: UsingStatementAst[];
}

export interface NamedBlockAst extends NodeBase {
  kind: 'NamedBlock';
  blockKind: 'begin' | 'process' | 'end' | 'clean' | 'dynamicparam';
  /** True for the statements of a script block that names no block. */
  unnamed: boolean;
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

export interface ParamBlockAst extends NodeBase {
  kind: 'ParamBlock';
  attributes: AttributeAst[];
  parameters: ParameterAst[];
}

export interface ParameterAst extends NodeBase {
  kind: 'Parameter';
  name: VariableExpressionAst;
  attributes: (AttributeAst | TypeConstraintAst)[];
  defaultValue: ExpressionAst | null;
}

export interface AttributeAst extends NodeBase {
  kind: 'Attribute';
  typeName: string;
  positionalArguments: ExpressionAst[];
  namedArguments: NamedAttributeArgumentAst[];
}

export interface NamedAttributeArgumentAst extends NodeBase {
  kind: 'NamedAttributeArgument';
  name: string;
  /** `[Parameter(Mandatory)]` has no expression: the value is $true. */
  argument: ExpressionAst | null;
}

export interface TypeConstraintAst extends NodeBase {
  kind: 'TypeConstraint';
  typeName: string;
}

// ---------------------------------------------------------------------------------------------
// Statements

export type StatementAst =
  | PipelineAst
  | PipelineChainAst
  | AssignmentStatementAst
  | IfStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst
  | ForStatementAst
  | ForEachStatementAst
  | SwitchStatementAst
  | TryStatementAst
  | TrapStatementAst
  | FunctionDefinitionAst
  | ReturnStatementAst
  | ThrowStatementAst
  | ExitStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | TypeDefinitionAst
  | UsingStatementAst
  | BlockStatementAst;

/** What may stand where pwsh expects a pipeline: a pipeline, a chain, or an assignment. */
export type PipelineBaseAst = PipelineAst | PipelineChainAst | AssignmentStatementAst;

export interface PipelineAst extends NodeBase {
  kind: 'Pipeline';
  elements: (CommandAst | CommandExpressionAst)[];
  background: boolean;
}

export interface PipelineChainAst extends NodeBase {
  kind: 'PipelineChain';
  left: PipelineBaseAst;
  operator: '&&' | '||';
  right: PipelineAst;
  background: boolean;
}

export interface AssignmentStatementAst extends NodeBase {
  kind: 'AssignmentStatement';
  left: ExpressionAst;
  operator: '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';
  right: StatementAst;
}

export interface StatementBlockAst extends NodeBase {
  kind: 'StatementBlock';
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

export interface IfStatementAst extends NodeBase {
  kind: 'IfStatement';
  clauses: { condition: PipelineBaseAst; body: StatementBlockAst }[];
  elseClause: StatementBlockAst | null;
}

interface LoopBase extends NodeBase {
  label: string | null;
  body: StatementBlockAst;
}

export interface WhileStatementAst extends LoopBase {
  kind: 'WhileStatement';
  condition: PipelineBaseAst;
}

export interface DoWhileStatementAst extends LoopBase {
  kind: 'DoWhileStatement';
  condition: PipelineBaseAst;
}

export interface DoUntilStatementAst extends LoopBase {
  kind: 'DoUntilStatement';
  condition: PipelineBaseAst;
}

export interface ForStatementAst extends LoopBase {
  kind: 'ForStatement';
  initializer: PipelineBaseAst | null;
  condition: PipelineBaseAst | null;
  iterator: PipelineBaseAst | null;
}

export interface ForEachStatementAst extends LoopBase {
  kind: 'ForEachStatement';
  variable: VariableExpressionAst;
  condition: PipelineBaseAst;
  parallel: boolean;
}

/** A switch is a loop for `break` and `continue`, but has clauses instead of one body. */
export interface SwitchStatementAst extends NodeBase {
  kind: 'SwitchStatement';
  label: string | null;
  /** The `( pipeline )` subject, or with -File the path expression. */
  condition: PipelineBaseAst | ExpressionAst;
  flags: { regex: boolean; wildcard: boolean; exact: boolean; caseSensitive: boolean; file: boolean; parallel: boolean };
  clauses: { condition: ExpressionAst; body: StatementBlockAst }[];
  defaultClause: StatementBlockAst | null;
}

export interface TryStatementAst extends NodeBase {
  kind: 'TryStatement';
  body: StatementBlockAst;
  catchClauses: { catchTypes: TypeConstraintAst[]; body: StatementBlockAst; extent: Extent }[];
  finallyClause: StatementBlockAst | null;
}

export interface TrapStatementAst extends NodeBase {
  kind: 'TrapStatement';
  trapType: TypeConstraintAst | null;
  body: StatementBlockAst;
}

export interface FunctionDefinitionAst extends NodeBase {
  kind: 'FunctionDefinition';
  name: string;
  isFilter: boolean;
  isWorkflow: boolean;
  /** `function f($a, $b) { }`: parameters written after the name. */
  parameters: ParameterAst[] | null;
  body: ScriptBlockAst;
}

export interface ReturnStatementAst extends NodeBase {
  kind: 'ReturnStatement';
  pipeline: PipelineBaseAst | null;
}

export interface ThrowStatementAst extends NodeBase {
  kind: 'ThrowStatement';
  pipeline: PipelineBaseAst | null;
}

export interface ExitStatementAst extends NodeBase {
  kind: 'ExitStatement';
  pipeline: PipelineBaseAst | null;
}

export interface BreakStatementAst extends NodeBase {
  kind: 'BreakStatement';
  label: ExpressionAst | null;
}

export interface ContinueStatementAst extends NodeBase {
  kind: 'ContinueStatement';
  label: ExpressionAst | null;
}

/** A class or an enum; tenantsh parses them but runs few of them. */
export interface TypeDefinitionAst extends NodeBase {
  kind: 'TypeDefinition';
  typeKind: 'class' | 'enum';
  name: string;
  baseTypes: string[];
  members: TypeMemberAst[];
}

export interface TypeMemberAst extends NodeBase {
  kind: 'PropertyMember' | 'FunctionMember' | 'EnumMember';
  name: string;
  attributes: (AttributeAst | TypeConstraintAst)[];
  isStatic: boolean;
  isHidden: boolean;
  initialValue: ExpressionAst | null;
  parameters: ParameterAst[];
  body: ScriptBlockAst | null;
}

export interface UsingStatementAst extends NodeBase {
  kind: 'UsingStatement';
  usingKind: string; // namespace, module, assembly
  name: string;
}

/** `data { }` and similar keyword blocks. */
export interface BlockStatementAst extends NodeBase {
  kind: 'BlockStatement';
  keyword: string;
  body: StatementBlockAst;
}

// ---------------------------------------------------------------------------------------------
// Commands

export interface CommandAst extends NodeBase {
  kind: 'Command';
  invocationOperator: 'none' | '&' | '.';
  /** The command name (a bare word is a StringConstant) followed by parameters and arguments. */
  elements: CommandElementAst[];
  redirections: RedirectionAst[];
}

export type CommandElementAst = CommandParameterAst | ExpressionAst | StopParsingAst;

export interface CommandParameterAst extends NodeBase {
  kind: 'CommandParameter';
  /** Without the dash and colon, as written (pwsh matches it case-insensitively). */
  parameterName: string;
  /** `-Name:value`: the argument is part of the parameter. */
  argument: ExpressionAst | null;
}

/** `--%`: the rest of the line is passed as written. */
export interface StopParsingAst extends NodeBase {
  kind: 'StopParsing';
  text: string;
}

export interface CommandExpressionAst extends NodeBase {
  kind: 'CommandExpression';
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

export type RedirectionStream = 'all' | 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information';

export interface RedirectionAst extends NodeBase {
  kind: 'FileRedirection' | 'MergingRedirection';
  from: RedirectionStream;
  /** MergingRedirection: the stream merged into (always output in practice). */
  to: RedirectionStream | null;
  append: boolean;
  location: ExpressionAst | null;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExpressionAst =
  | BinaryExpressionAst
  | UnaryExpressionAst
  | TernaryExpressionAst
  | ConvertExpressionAst
  | AttributedExpressionAst
  | TypeExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | VariableExpressionAst
  | ConstantExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | SubExpressionAst
  | ParenExpressionAst
  | HashtableAst
  | ScriptBlockExpressionAst
  | ErrorExpressionAst;

export interface BinaryExpressionAst extends NodeBase {
  kind: 'BinaryExpression';
  /** Lower-case, dash included: '-eq', '-ceq', '+', '..', '-f', '??', '-and' ... */
  operator: string;
  left: ExpressionAst;
  right: ExpressionAst;
}

export interface UnaryExpressionAst extends NodeBase {
  kind: 'UnaryExpression';
  /** '-not', '!', '-', '+', '-bnot', '-split', '-join', ',', '++', '--', 'postfix++', 'postfix--' */
  operator: string;
  child: ExpressionAst;
}

export interface TernaryExpressionAst extends NodeBase {
  kind: 'TernaryExpression';
  condition: ExpressionAst;
  ifTrue: ExpressionAst;
  ifFalse: ExpressionAst;
}

export interface ConvertExpressionAst extends NodeBase {
  kind: 'ConvertExpression';
  typeName: string;
  child: ExpressionAst;
}

export interface AttributedExpressionAst extends NodeBase {
  kind: 'AttributedExpression';
  attribute: AttributeAst;
  child: ExpressionAst;
}

export interface TypeExpressionAst extends NodeBase {
  kind: 'TypeExpression';
  typeName: string;
}

export interface MemberExpressionAst extends NodeBase {
  kind: 'MemberExpression';
  target: ExpressionAst;
  member: ExpressionAst; // a StringConstant for a plain name
  isStatic: boolean;
  nullConditional: boolean;
}

export interface InvokeMemberExpressionAst extends NodeBase {
  kind: 'InvokeMemberExpression';
  target: ExpressionAst;
  member: ExpressionAst;
  arguments: ExpressionAst[];
  isStatic: boolean;
  nullConditional: boolean;
}

export interface IndexExpressionAst extends NodeBase {
  kind: 'IndexExpression';
  target: ExpressionAst;
  index: ExpressionAst;
  nullConditional: boolean;
}

export interface VariableExpressionAst extends NodeBase {
  kind: 'VariableExpression';
  /** The path after `$` without braces: 'x', 'script:x', 'env:USERPROFILE', '_'. */
  path: string;
  /** `@name`: splatting in a command. */
  splatted: boolean;
}

export type NumberType = 'int' | 'long' | 'double' | 'decimal' | 'byte' | 'sbyte' | 'short' | 'ushort' | 'uint' | 'ulong' | 'bigint';

export interface ConstantExpressionAst extends NodeBase {
  kind: 'ConstantExpression';
  /** A number as written (suffixes and multipliers applied by the runtime from `text`). */
  text: string;
  value: number | bigint | string;
  numberType: NumberType;
}

export interface StringConstantExpressionAst extends NodeBase {
  kind: 'StringConstant';
  value: string;
  stringKind: 'bareWord' | 'singleQuoted' | 'doubleQuoted' | 'singleQuotedHereString' | 'doubleQuotedHereString';
}

export interface ExpandableStringExpressionAst extends NodeBase {
  kind: 'ExpandableString';
  /** Literal text and embedded expressions, in order; escapes already applied to the text. */
  parts: (string | ExpressionAst)[];
  stringKind: 'bareWord' | 'doubleQuoted' | 'doubleQuotedHereString';
}

export interface ArrayLiteralAst extends NodeBase {
  kind: 'ArrayLiteral';
  elements: ExpressionAst[];
}

export interface ArrayExpressionAst extends NodeBase {
  kind: 'ArrayExpression';
  statements: StatementAst[];
}

export interface SubExpressionAst extends NodeBase {
  kind: 'SubExpression';
  statements: StatementAst[];
}

export interface ParenExpressionAst extends NodeBase {
  kind: 'ParenExpression';
  pipeline: PipelineBaseAst;
}

export interface HashtableAst extends NodeBase {
  kind: 'Hashtable';
  pairs: { key: ExpressionAst; value: StatementAst }[];
}

export interface ScriptBlockExpressionAst extends NodeBase {
  kind: 'ScriptBlockExpression';
  scriptBlock: ScriptBlockAst;
}

/** What stands where the source had an error; only in ASTs that also carry parse errors. */
export interface ErrorExpressionAst extends NodeBase {
  kind: 'ErrorExpression';
}

export type Ast =
  | ScriptBlockAst
  | NamedBlockAst
  | ParamBlockAst
  | ParameterAst
  | AttributeAst
  | NamedAttributeArgumentAst
  | TypeConstraintAst
  | StatementAst
  | StatementBlockAst
  | CommandAst
  | CommandElementAst
  | CommandExpressionAst
  | RedirectionAst
  | ExpressionAst;
