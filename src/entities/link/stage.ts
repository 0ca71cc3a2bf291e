import path from 'node:path';
import { z } from 'zod';
import type { DocStage } from '../../pipeline/stage.js';
import { loadCountryGazetteer } from '../gazetteer/countries.js';
import { KB_DIR } from '../gazetteer/kb-dir.js';
import { loadKnowledgeBase, resolveKbFiles } from '../gazetteer/knowledge-base.js';
import { loadAdjectives, loadEventHeads, loadOrgHeads, loadPlaceHeads, loadPlaceNames, loadRoleLexicon } from './lexicon.js';
import { loadSportsCues, TEAM_READINGS } from './teams.js';
import { linkDocument } from './link.js';

const LinkOptions = z
  .object({
    /**
     * Extra knowledge-base files ({entities: [{name, type, kbId, aliases, source}]}, see data/kb/README.md),
     * read after the shipped data/kb/entities.json; relative paths resolve against the pipeline file's folder.
     */
    kb: z.array(z.string().min(1)).default([]),
    /**
     * The mention type of a country's name standing for its national team in sports copy ("Australia
     * beat Sri Lanka"), whose entity is the team, with no kb_id, either way: `country` gives a COUNTRY
     * mention flagged as metonymy (CoNLL-2003, OntoNotes, AIDA-CoNLL); `organization` an ORGANIZATION
     * mention (News-Fair, Wikidata). See teams.ts.
     */
    nationalTeams: z.enum(TEAM_READINGS).default('country'),
  })
  .strict();

export const linkStage: DocStage<z.infer<typeof LinkOptions>> = {
  kind: 'doc',
  name: 'link',
  description:
    'Types the tagger\'s name spans (PERSON, ORGANIZATION, COUNTRY, PLACE, EVENT), keeps titles out of names, points demonyms and acting capitals at their country, links every mention of one real-world thing to one entity with a stable id and, where known, its Wikidata id.',
  options: LinkOptions,
  requires: ['tokens', 'sentences', 'nerSpans'],
  assigns: ['mentions', 'entities'],
  create: (options, ctx) => {
    const countries = loadCountryGazetteer(KB_DIR);
    const kb = loadKnowledgeBase([path.join(KB_DIR, 'entities.json'), ...resolveKbFiles(options.kb, ctx.pipelineDir)], countries);
    const resources = { countries, kb, roles: loadRoleLexicon(KB_DIR), eventHeads: loadEventHeads(KB_DIR), ...loadPlaceHeads(KB_DIR), placeNames: loadPlaceNames(KB_DIR), adjectives: loadAdjectives(KB_DIR), orgHeads: loadOrgHeads(KB_DIR), sports: loadSportsCues(KB_DIR), nationalTeams: options.nationalTeams };
    return (doc) => linkDocument(doc, resources);
  },
};
