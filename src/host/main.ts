#!/usr/bin/env node
/**
 * The tenantsh command line (DESIGN.md, "Command line"). Running scripts and the REPL arrive with
 * the interpreter; `check` reads scripts without running them.
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { runCheck } from './check.js';
import { runFromCommandLine } from './run.js';
import { runRepl } from './repl.js';
import { runTenantInit, runTenantShow, type InitOptions } from './tenantCommands.js';

interface RunCliOptions {
  command?: string;
  tenant?: string;
  as?: string;
  dryRun?: boolean;
  realTime?: boolean;
  output: 'text' | 'json';
  color?: boolean;
  quiet?: boolean;
}

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('tenantsh')
    .description('A PowerShell-compatible host for rehearsing Microsoft 365 admin scripts against an emulated tenant.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run tenantsh --help for usage)')
    .enablePositionalOptions()
    .passThroughOptions()
    .argument('[script]', 'the script to run (.ps1); without one, the REPL')
    .argument('[args...]', "arguments bound to the script's param() block")
    .option('-c, --command <text>', "run a command string ('-' reads it from stdin)")
    .option('-t, --tenant <path>', 'tenant file (default: ./tenant.json, or $TENANTSH_TENANT)')
    .option('--as <upn>', 'sign in to every module as UPN (no password)')
    .option('--dry-run', 'run on an in-memory copy of the tenant; nothing is written')
    .option('--real-time', 'Start-Sleep really waits')
    .addOption(new Option('--output <format>', 'how pipeline output is printed').choices(['text', 'json']).default('text'))
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--quiet', 'no run summary')
    .action(async (script: string | undefined, args: string[], options: RunCliOptions) => {
      if (script === undefined && options.command === undefined) {
        process.exitCode = await runRepl({
          ...(options.tenant ? { tenant: options.tenant } : {}),
          ...(options.as ? { as: options.as } : {}),
          dryRun: options.dryRun === true,
          realTime: options.realTime === true,
          output: options.output,
          color: options.color !== false,
          quiet: options.quiet === true,
        });
        return;
      }
      process.exitCode = runFromCommandLine({
        ...(script !== undefined && options.command === undefined ? { script } : {}),
        ...(options.command !== undefined ? { command: options.command } : {}),
        args: options.command !== undefined && script !== undefined ? [script, ...args] : args,
        ...(options.tenant ? { tenant: options.tenant } : {}),
        ...(options.as ? { as: options.as } : {}),
        dryRun: options.dryRun === true,
        realTime: options.realTime === true,
        output: options.output,
        color: options.color !== false,
        quiet: options.quiet === true,
      });
    });

  program
    .command('check')
    .description('read scripts without running them and report every problem with its line and column')
    .argument('<files...>', 'scripts (.ps1) or folders of scripts')
    .option('--parse-only', 'report syntax errors only')
    .addOption(new Option('--output <format>', 'how problems are printed').choices(['text', 'json']).default('text'))
    .action(async (files: string[], options: { parseOnly?: boolean; output: 'text' | 'json' }) => {
      process.exitCode = await runCheck(files, { output: options.output, parseOnly: options.parseOnly === true }, process.stdout, process.stderr);
    });

  const tenant = program.command('tenant').description('create or inspect an emulated tenant file');
  tenant
    .command('init')
    .description('create a tenant file from a sample')
    .option('-t, --tenant <path>', 'tenant file (default: ./tenant.json, or $TENANTSH_TENANT)')
    .addOption(new Option('--sample <name>', 'which sample').choices(['contoso', 'empty']).default('contoso'))
    .option('--users <n>', 'add N synthetic users to the empty sample (up to 200000)')
    .option('--seed <s>', 'seed for --users (same seed, same tenant)')
    .option('--cloud <instance>', 'Worldwide, Germany or China (T-CLOUD-1)')
    .option('--no-auto-connect', 'scripts must connect; no autoConnectAs')
    .option('--force', 'replace an existing file')
    .action((o: InitOptions) => {
      process.exitCode = runTenantInit(o, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    });
  tenant
    .command('show')
    .description('a summary: users, deleted users, mailboxes, licenses, clock')
    .option('-t, --tenant <path>', 'tenant file (default: ./tenant.json, or $TENANTSH_TENANT)')
    .action((o: { tenant?: string }) => {
      process.exitCode = runTenantShow(o.tenant, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    });

  return program;
}

await buildProgram().parseAsync(process.argv);
