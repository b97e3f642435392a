import { EXIT_OK } from '../errors';
import { labels } from '../labels';
import { loadModel } from '../load';
import { planRange } from '../report';
import { Command } from './command';
import { checkPositionals, HELP_OPTION, LANG_OPTION, langOption, reportLanguage } from './shared';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a model file and list every problem in it',
  usage: 'budgetsim validate MODEL [--lang sv|en]',
  description: [
    'Reads MODEL and checks it against the model definition. A valid model gives a one-line summary; a refused one lists every problem with its JSON path on stderr and exits 1.',
  ],
  options: { lang: LANG_OPTION, help: HELP_OPTION },
  positionals: ['MODEL'],
  async execute({ values, positionals }, io) {
    checkPositionals('validate', ['MODEL'], positionals);
    const flagLang = langOption(values.lang, 'validate');
    const { model } = await loadModel(positionals[0], io.cwd, flagLang);
    const L = labels(reportLanguage(flagLang, model));
    const { first, last, count } = planRange(model);
    io.out(L.validOk(model.name, model.committees.length, first, last, count, model.scenarios.length) + '\n');
    return EXIT_OK;
  },
};
