#!/usr/bin/env node
/**
 * The tenantsh command line (DESIGN.md, "Command line"). Running scripts and the REPL arrive with
 * the interpreter; `check` reads scripts without running them.
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { runCheck } from './check.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('tenantsh')
    .description('A PowerShell-compatible host for rehearsing Microsoft 365 admin scripts against an emulated tenant.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run tenantsh --help for usage)');

  program
    .command('check')
    .description('read scripts without running them and report every problem with its line and column')
    .argument('<files...>', 'scripts (.ps1) or folders of scripts')
    .option('--parse-only', 'report syntax errors only')
    .addOption(new Option('--output <format>', 'how problems are printed').choices(['text', 'json']).default('text'))
    .action(async (files: string[], options: { parseOnly?: boolean; output: 'text' | 'json' }) => {
      process.exitCode = await runCheck(files, { output: options.output, parseOnly: options.parseOnly === true }, process.stdout, process.stderr);
    });

  return program;
}

await buildProgram().parseAsync(process.argv);
