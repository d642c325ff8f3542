/**
 * PowerShell classes (about_Classes), as far as admin scripts use them: typed properties with
 * default values, constructors (with `: base(...)`), instance and static methods, inheritance and
 * overrides, `[Class]::new()`, `[Class]@{ ... }` and `New-Object Class`. An instance is a PSObject
 * whose type names are the class and its bases, so it formats, filters and exports like any object.
 */
import type { ExpressionAst, ParameterAst, TypeDefinitionAst, TypeMemberAst } from '../../language/ast.js';
import { parseScript } from '../../language/parse.js';
import type { PSType } from '../types/PSType.js';

export interface ClassMethod {
  readonly name: string;
  readonly member: TypeMemberAst;
  readonly parameters: readonly ParameterAst[];
  readonly isStatic: boolean;
  /** `[void]` methods return nothing. */
  readonly returnsVoid: boolean;
}

export interface ClassConstructor {
  readonly member: TypeMemberAst;
  readonly parameters: readonly ParameterAst[];
  /** The arguments of `: base(...)`, parsed from the source. */
  readonly baseArguments: readonly ExpressionAst[] | null;
}

export class ClassDefinition {
  readonly properties: TypeMemberAst[] = [];
  readonly methods = new Map<string, ClassMethod[]>();
  readonly constructors: ClassConstructor[] = [];
  /** Static property values, by lower-case name. */
  readonly staticValues = new Map<string, { name: string; value: unknown; type: PSType | null }>();

  constructor(
    readonly ast: TypeDefinitionAst,
    readonly base: ClassDefinition | null,
  ) {
    for (const m of ast.members) {
      if (m.kind === 'PropertyMember') this.properties.push(m);
      else if (m.kind === 'FunctionMember' && m.body) {
        if (m.name.toLowerCase() === ast.name.toLowerCase()) {
          this.constructors.push({ member: m, parameters: m.parameters, baseArguments: baseArguments(m) });
        } else {
          const key = m.name.toLowerCase();
          const list = this.methods.get(key) ?? [];
          const returnType = m.attributes.find((a) => a.kind === 'TypeConstraint');
          list.push({ name: m.name, member: m, parameters: m.parameters, isStatic: m.isStatic, returnsVoid: returnType?.typeName.toLowerCase() === 'void' });
          this.methods.set(key, list);
        }
      }
    }
  }

  get name(): string {
    return this.ast.name;
  }

  /** The class and its bases, most derived first. */
  lineage(): ClassDefinition[] {
    const out: ClassDefinition[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let c: ClassDefinition | null = this; c; c = c.base) out.push(c);
    return out;
  }

  /** The method an instance or static call reaches: the most derived overload for that argument count. */
  findMethod(name: string, argCount: number, isStatic: boolean): ClassMethod | null {
    for (const c of this.lineage()) {
      const list = c.methods.get(name.toLowerCase());
      const found = list?.find((m) => m.isStatic === isStatic && m.parameters.length === argCount);
      if (found) return found;
    }
    return null;
  }

  hasMethodNamed(name: string): boolean {
    return this.lineage().some((c) => c.methods.has(name.toLowerCase()));
  }
}

/** `Dog([string]$n) : base($n) { }`: the base call's arguments, read from the member's text. */
function baseArguments(m: TypeMemberAst): ExpressionAst[] | null {
  const text = m.extent.source.text.slice(m.extent.start, m.body ? m.body.extent.start : m.extent.end);
  const match = /\)\s*:\s*base\s*\(([\s\S]*)\)\s*$/i.exec(text);
  if (!match) return null;
  const inner = match[1]!.trim();
  if (inner === '') return [];
  const parsed = parseScript(`@(${inner})`, m.extent.source.path);
  const first = parsed.ast.end?.statements[0];
  if (parsed.errors.length > 0 || first?.kind !== 'Pipeline' || first.elements[0]?.kind !== 'CommandExpression') return [];
  const expr = first.elements[0].expression;
  if (expr.kind !== 'ArrayExpression') return [];
  const stmt = expr.statements[0];
  if (!stmt || stmt.kind !== 'Pipeline' || stmt.elements[0]?.kind !== 'CommandExpression') return [];
  const e = stmt.elements[0].expression;
  return e.kind === 'ArrayLiteral' ? e.elements : [e];
}
