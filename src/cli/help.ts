import { Command } from './commands/command';
import { formatTable, wrap } from './format-table';

const EXIT_CODES = [
  'Exit codes: 0 ok; 1 the model or input file was refused (messages on stderr, nothing on stdout);',
  '2 usage error (unknown command or option, missing argument, unknown scenario).',
];

function optionName(name: string, spec: Command['options'][string]): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

function indent(lines: string[]): string[] {
  return lines.map((l) => (l ? `  ${l}` : l));
}

export function commandHelp(cmd: Command): string {
  const options = Object.entries(cmd.options).map(([name, spec]) => [
    optionName(name, spec),
    spec.description + (spec.multiple ? ' (may be repeated)' : ''),
  ]);
  const table = formatTable({ header: ['', ''], rows: options, align: ['left', 'left'] }).slice(2);
  return [
    `Usage: ${cmd.usage}`,
    '',
    ...cmd.description.flatMap((p) => [...wrap(p), '']),
    'Options:',
    ...indent(table),
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

export function toolHelp(commands: Command[], version: string): string {
  const table = formatTable({ header: ['', ''], rows: commands.map((c) => [c.name, c.summary]), align: ['left', 'left'] }).slice(2);
  return [
    `budgetsim ${version}: multi-year budget simulation for a Swedish municipality: revenue-first frames,`,
    'efficiency requirements, partial price/wage compensation, a rolling surplus target and carry-over.',
    '',
    'Usage: budgetsim COMMAND [options]',
    '',
    'Commands:',
    ...indent(table),
    '',
    'Options:',
    '  -h, --help     show help (also: budgetsim COMMAND --help, budgetsim help COMMAND)',
    '      --version  show the version',
    '',
    'Start with: budgetsim demo',
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}
