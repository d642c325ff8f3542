/**
 * The REPL (`tenantsh` with no script): one session over the default tenant, each command run in
 * the global scope as pwsh's prompt runs it, incomplete input (an open brace, parenthesis or
 * string) continued on the next line with `>> `, and the run summary when it ends.
 */
import { createInterface } from 'node:readline';
import { parseScript } from '../language/parse.js';
import { runScriptText } from '../runtime/session.js';
import { ExitSignal } from '../runtime/errors.js';
import { createHostRuntime, closeSession, type RunOptions } from './run.js';
import type { HostIO } from '../runtime/host.js';

/** Parse errors that mean "the command goes on" rather than "the command is wrong". */
const continuing = new Set([
  'MissingEndCurlyBrace',
  'MissingEndParenthesisInExpression',
  'MissingEndParenthesisInSubexpression',
  'MissingEndParenthesisInMethodCall',
  'MissingEndParenthesisAfterStatement',
  'MissingEndSquareBracket',
  'TerminatorExpectedAtEndOfString',
  'MissingStatementBlock',
  'MissingExpressionAfterOperator',
  'ExpectedValueExpression',
  'EmptyPipeElement',
]);

export function isIncomplete(text: string): boolean {
  const { errors } = parseScript(text, '<repl>');
  return errors.some((e) => continuing.has(e.id));
}

export async function runRepl(options: Omit<RunOptions, 'args'>): Promise<number> {
  const io: HostIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    // The prompt owns the terminal: Read-Host inside the REPL has no separate input.
    readLine: () => null,
  };
  const env = new Map(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const { rt, session } = createHostRuntime(io, env, process.cwd(), options);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const prompt = (): string => `PS ${rt.location}> `;
  let exitCode = 0;
  let buffer = '';
  rl.setPrompt(prompt());
  rl.prompt();
  for await (const line of rl) {
    buffer = buffer ? `${buffer}\n${line}` : line;
    if (buffer.trim() !== '' && isIncomplete(buffer)) {
      rl.setPrompt('>> ');
      rl.prompt();
      continue;
    }
    const text = buffer;
    buffer = '';
    if (/^\s*exit\s*$/i.test(text)) break;
    if (text.trim() !== '') {
      try {
        runScriptText(rt, text, '<repl>', [], false);
      } catch (e) {
        if (e instanceof ExitSignal) {
          exitCode = e.code;
          break;
        }
        throw e;
      }
    }
    rl.setPrompt(prompt());
    rl.prompt();
  }
  rl.close();
  if (!closeSession(session, io, options)) exitCode = 1;
  return exitCode;
}
