import { z } from 'zod';
import type { DocStage } from '../pipeline/stage.js';
import { attachFigures } from './attach.js';
import { loadCurrencyOfCountry } from './currency-of-country.js';

const AttachOptions = z.object({}).strict();

export const attachFiguresStage: DocStage<z.infer<typeof AttachOptions>> = {
  kind: 'doc',
  name: 'attach-figures',
  description:
    'Gives a figure the entity it describes when its clause says so ("China alone taking 95 per cent" gives that figure China\'s entity id), and an ambiguous currency name ("shillings") the currency of the one country the article names that uses one of that name.',
  options: AttachOptions,
  requires: ['mentions', 'entities', 'figures'],
  assigns: ['figures'],
  create: () => {
    const currencies = loadCurrencyOfCountry();
    return (doc) => {
      attachFigures(doc);
      currencies.settle(doc);
    };
  },
};
