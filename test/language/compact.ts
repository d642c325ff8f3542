/** A compact one-line rendering of an AST for table-driven tests: kinds, names and values. */
import type * as A from '../../src/language/ast.js';

export function compact(node: unknown): string {
  if (node === null || node === undefined) return '_';
  if (typeof node === 'string') return JSON.stringify(node);
  if (Array.isArray(node)) return node.map(compact).join(' ');
  const n = node as A.Ast & Record<string, unknown>;
  switch (n.kind) {
    case 'Pipeline':
      return n.elements.length === 1 ? compact(n.elements[0]) : `(| ${compact(n.elements)})`;
    case 'CommandExpression':
      return compact(n.expression);
    case 'Command':
      return `(cmd${n.invocationOperator === 'none' ? '' : n.invocationOperator} ${compact(n.elements)}${n.redirections.length ? ' ' + compact(n.redirections) : ''})`;
    case 'CommandParameter':
      return `-${n.parameterName}${n.argument ? ':' + compact(n.argument) : ''}`;
    case 'StringConstant':
      return n.stringKind === 'bareWord' ? n.value : JSON.stringify(n.value);
    case 'ExpandableString':
      return `(expand ${n.parts.map((p) => (typeof p === 'string' ? JSON.stringify(p) : compact(p))).join(' ')})`;
    case 'ConstantExpression':
      return `${String(n.value)}:${n.numberType}`;
    case 'VariableExpression':
      return (n.splatted ? '@' : '$') + n.path;
    case 'BinaryExpression':
      return `(${n.operator} ${compact(n.left)} ${compact(n.right)})`;
    case 'UnaryExpression':
      return `(${n.operator} ${compact(n.child)})`;
    case 'AssignmentStatement':
      return `(${n.operator} ${compact(n.left)} ${compact(n.right)})`;
    case 'ConvertExpression':
      return `([${n.typeName}] ${compact(n.child)})`;
    case 'TypeExpression':
      return `[${n.typeName}]`;
    case 'MemberExpression':
      return `(${n.isStatic ? '::' : n.nullConditional ? '?.' : '.'} ${compact(n.target)} ${compact(n.member)})`;
    case 'InvokeMemberExpression':
      return `(call ${compact(n.target)} ${compact(n.member)}${n.arguments.length ? ' ' + compact(n.arguments) : ''})`;
    case 'IndexExpression':
      return `(index ${compact(n.target)} ${compact(n.index)})`;
    case 'ArrayLiteral':
      return `(, ${compact(n.elements)})`;
    case 'ArrayExpression':
      return `@(${compact(n.statements)})`;
    case 'SubExpression':
      return `$(${compact(n.statements)})`;
    case 'ParenExpression':
      return `(paren ${compact(n.pipeline)})`;
    case 'Hashtable':
      return `@{${n.pairs.map((p) => `${compact(p.key)}=${compact(p.value)}`).join(' ')}}`;
    case 'ScriptBlockExpression':
      return `{${compact(n.scriptBlock)}}`;
    case 'ScriptBlock': {
      const parts = [n.paramBlock ? compact(n.paramBlock) : '', n.begin ? 'begin:' + compact(n.begin.statements) : '',
        n.process ? 'process:' + compact(n.process.statements) : '', n.end ? (n.end.unnamed ? '' : 'end:') + compact(n.end.statements) : ''];
      return parts.filter(Boolean).join(' ');
    }
    case 'ParamBlock':
      return `(param ${compact(n.parameters)})`;
    case 'Parameter':
      return `${compact(n.attributes)}${compact(n.name)}${n.defaultValue ? '=' + compact(n.defaultValue) : ''}`;
    case 'Attribute':
      return `[${n.typeName}(${[...n.positionalArguments.map(compact), ...n.namedArguments.map((a) => a.name + (a.argument ? '=' + compact(a.argument) : ''))].join(',')})]`;
    case 'TypeConstraint':
      return `[${n.typeName}]`;
    case 'IfStatement':
      return `(if ${n.clauses.map((c) => `${compact(c.condition)} {${compact(c.body.statements)}}`).join(' ')}${n.elseClause ? ` else {${compact(n.elseClause.statements)}}` : ''})`;
    case 'ForEachStatement':
      return `(foreach ${compact(n.variable)} ${compact(n.condition)} {${compact(n.body.statements)}})`;
    case 'SwitchStatement':
      return `(switch${n.flags.regex ? ' -regex' : ''} ${compact(n.condition)} ${n.clauses.map((c) => `${compact(c.condition)} {${compact(c.body.statements)}}`).join(' ')}${n.defaultClause ? ` default {${compact(n.defaultClause.statements)}}` : ''})`;
    case 'TryStatement':
      return `(try {${compact(n.body.statements)}} ${n.catchClauses.map((c) => `catch${c.catchTypes.map((t) => ' [' + t.typeName + ']').join(',')} {${compact(c.body.statements)}}`).join(' ')}${n.finallyClause ? ` finally {${compact(n.finallyClause.statements)}}` : ''})`;
    case 'FunctionDefinition':
      return `(function ${n.name} ${compact(n.body)})`;
    case 'FileRedirection':
      return `(${n.from}>${n.append ? '>' : ''} ${compact(n.location)})`;
    case 'MergingRedirection':
      return `(${n.from}>&${n.to})`;
    case 'PipelineChain':
      return `(${n.operator} ${compact(n.left)} ${compact(n.right)})`;
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'ExitStatement':
      return `(${n.kind.replace('Statement', '').toLowerCase()} ${compact(n.pipeline)})`;
    case 'TernaryExpression':
      return `(? ${compact(n.condition)} ${compact(n.ifTrue)} ${compact(n.ifFalse)})`;
    default:
      return n.kind;
  }
}
