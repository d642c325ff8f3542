/**
 * What `tenantsh check` reports beyond syntax (DESIGN.md): commands tenantsh does not provide
 * (naming the module they come from when it is a known one), type literals outside the
 * allow-list, and Windows-only features such as COM objects. Instance members of values whose type
 * is not known statically are not judged.
 */
import type { Ast, CommandAst, Extent, ScriptBlockAst } from '../language/ast.js';
import type { ParseError } from '../language/parse-error.js';
import { allCmdlets } from '../cmdlets/index.js';
import { resolveType } from '../runtime/types/registry.js';

/** Modules admin scripts use that tenantsh does not emulate, by noun prefix or name. */
const moduleOfCommand: readonly [RegExp, string][] = [
  [/^[A-Za-z]+-AD[A-Z]/, 'ActiveDirectory'],
  [/^[a-z]+-(Mailbox|MailUser|MailContact|DistributionGroup|InboxRule|EXO|ExoMailbox|MailboxFolder|CalendarProcessing|MobileDevice|TransportRule|RetentionCompliance|Recipient|UnifiedGroup|MessageTrace)/i, 'ExchangeOnlineManagement (planned)'],
  [/^(Connect|Disconnect)-ExchangeOnline$/i, 'ExchangeOnlineManagement (planned)'],
  [/^(Get-ConnectionInformation|[a-z]+-CASMailbox)$/i, 'ExchangeOnlineManagement (planned)'],
  [/^[a-z]+-SPO/i, 'Microsoft.Online.SharePoint.PowerShell (planned)'],
  [/^[a-z]+-PnP/i, 'PnP.PowerShell'],
  [/^[a-z]+-(Cs|Team)/i, 'MicrosoftTeams'],
  [/^[a-z]+-Mg/i, 'Microsoft.Graph (this cmdlet is not emulated)'],
  [/^[a-z]+-AzureAD/i, 'AzureAD (this cmdlet is not emulated)'],
  [/^[a-z]+-Msol/i, 'MSOnline (this cmdlet is not emulated)'],
  [/^[A-Za-z]+-Az[A-Z]/, 'Az'],
  [/^[a-z]+-(WmiObject|CimInstance|Service|Process|EventLog|Printer)$/i, 'Windows management (not available in tenantsh)'],
];

const attributeTypes = /^(cmdletbinding|parameter|alias|validate\w*|allow\w*|outputtype|supportswildcards|diagnostics\.codeanalysis\.suppressmessage\w*|system\.diagnostics\.codeanalysis\.suppressmessage\w*)$/i;

function children(node: Ast): Ast[] {
  const out: Ast[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v !== null && typeof v === 'object') {
      if ('kind' in v && 'extent' in v) out.push(v as Ast);
      else for (const [k, x] of Object.entries(v)) if (k !== 'extent') visit(x);
    }
  };
  for (const [k, v] of Object.entries(node)) if (k !== 'extent') visit(v);
  return out;
}

/** Visits every node; `-Filter { ... }` script blocks are OPATH filters, not code, and are skipped. */
function walk(node: Ast, f: (n: Ast) => void): void {
  f(node);
  const skip = new Set<Ast>();
  if (node.kind === 'Command') {
    node.elements.forEach((e, i) => {
      if (e.kind === 'CommandParameter' && /^filter$/i.test(e.parameterName)) {
        const arg = e.argument ?? node.elements[i + 1];
        if (arg && arg.kind === 'ScriptBlockExpression') skip.add(arg);
      }
    });
  }
  for (const c of children(node)) if (!skip.has(c)) walk(c, f);
}

const problem = (id: string, message: string, extent: Extent): ParseError => ({ id, message, extent }) as ParseError;

export function unsupportedFeatures(ast: ScriptBlockAst): ParseError[] {
  const known = new Set<string>();
  for (const c of allCmdlets) {
    known.add(c.name.toLowerCase());
    for (const a of c.aliases) known.add(a.toLowerCase());
  }
  const scriptTypes = new Set<string>();
  let dotSources = false;
  const problems: ParseError[] = [];
  walk(ast, (n) => {
    if (n.kind === 'FunctionDefinition') known.add(n.name.replace(/^\w+:/, '').toLowerCase());
    if (n.kind === 'TypeDefinition') scriptTypes.add(n.name.toLowerCase());
    if (n.kind === 'Command' && n.invocationOperator === '.') dotSources = true;
  });
  const typeUnknown = (name: string): boolean => !resolveType(name) && !scriptTypes.has(name.replace(/\[\]$/, '').toLowerCase());
  walk(ast, (n) => {
    switch (n.kind) {
      case 'Command':
        commandProblems(n, known, dotSources, problems);
        break;
      case 'TypeExpression':
      case 'ConvertExpression':
        if (typeUnknown(n.typeName) && n.typeName.toLowerCase() !== 'ordered') {
          problems.push(problem('TypeNotFound', `Unable to find type [${n.typeName}]: tenantsh offers only the .NET types admin scripts commonly use.`, n.extent));
        }
        break;
      case 'Attribute':
        if (!attributeTypes.test(n.typeName) && typeUnknown(n.typeName)) {
          problems.push(problem('TypeNotFound', `Unable to find type [${n.typeName}].`, n.extent));
        }
        break;
      default:
        break;
    }
  });
  return problems;
}

function commandProblems(n: CommandAst, known: Set<string>, dotSources: boolean, problems: ParseError[]): void {
  const first = n.elements[0];
  if (!first || first.kind !== 'StringConstant') return;
  const name = first.value;
  const bare = name.replace(/^.*\\/, '').toLowerCase();
  if (/\.ps1$/i.test(name) || /[\\/]/.test(name.replace(/^[\w.]+\\/, ''))) return;
  if (!known.has(bare)) {
    const module = moduleOfCommand.find(([re]) => re.test(name))?.[1];
    // A script that dot-sources another may get its functions from there.
    if (!module && dotSources) return;
    problems.push(
      problem(
        'CommandNotFound',
        module ? `'${name}' is not provided by tenantsh: it comes from the ${module} module.` : `'${name}' is not a command tenantsh provides (nor a function defined in this script).`,
        first.extent,
      ),
    );
  }
  if (bare === 'new-object' && n.elements.some((e) => e.kind === 'CommandParameter' && /^com/i.test(e.parameterName))) {
    problems.push(problem('WindowsOnly', 'COM objects (New-Object -ComObject) exist only on Windows; tenantsh cannot create them.', n.extent));
  }
}
