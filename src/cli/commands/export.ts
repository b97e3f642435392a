import { serializeModel } from '../../model-file';
import { EXIT_OK } from '../errors';
import { UsageError } from '../errors';
import { loadModel } from '../load';
import { Command } from './command';
import { checkPositionals, HELP_OPTION, langOption } from './shared';

export const exportCommand: Command = {
  name: 'export',
  summary: "read a workbook's input tables back into a model file",
  usage: 'budgetsim export FILE.xlsx [--json] [--lang sv|en]',
  description: [
    'Reads the input tables of FILE.xlsx (a workbook Budgetsim wrote, edited or not) and prints the model file as JSON, ready to save as a .json model or to diff against one.',
    'A table, column or cell that cannot be read is reported with its sheet, table, row, column and cell, and nothing is printed.',
  ],
  options: {
    json: { type: 'boolean', description: 'print JSON (the only format; accepted for symmetry with run)' },
    lang: { type: 'string', value: 'sv|en', description: "language of the problems; default: the workbook's language, else sv" },
    help: HELP_OPTION,
  },
  positionals: ['FILE.xlsx'],
  async execute({ values, positionals }, io) {
    checkPositionals('export', ['FILE.xlsx'], positionals);
    const flagLang = langOption(values.lang, 'export');
    if (!/\.xlsx$/i.test(positionals[0])) throw new UsageError(`export reads .xlsx workbooks, not "${positionals[0]}"`, 'export');
    const { model } = await loadModel(positionals[0], io.cwd, flagLang);
    io.out(JSON.stringify(serializeModel(model), null, 2) + '\n');
    return EXIT_OK;
  },
};
