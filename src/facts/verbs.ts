import type { Predicate } from './vocabulary.js';

/**
 * Verbs that state a fact, as data: the lemma, its irregular past and participle (regular forms are
 * derived in lexicon.ts), the predicate, where its object stands, and an example that justifies the entry.
 *
 * `objectVia`: '' is the direct object ("met Putin"); a preposition introduces the object ("met with
 * Putin", "travelled to Buryatia", "arrived in Vladivostok"). The first phrase that one of them
 * introduces is the object; other prepositional phrases in between are skipped ("travelled by train to
 * Buryatia").
 *
 * `patient`: the fact's subject is who the verb happens to, not who does it: the active object
 * ("the president appointed Ama Owusu"), or the passive subject ("Owusu was appointed governor").
 */
export interface VerbRule {
  lemma: string;
  irregular?: readonly [past: string, participle: string];
  predicate: Predicate;
  objectVia: readonly string[];
  /** A particle that must follow the verb ("take over"). */
  particle?: string;
  patient?: true;
  /** The verb states its fact only in the passive ("was killed in the attack"; active "killed" has no named victim slot). */
  passiveOnly?: true;
  example: string;
}

export const VERB_RULES: readonly VerbRule[] = [
  { lemma: 'meet', irregular: ['met', 'met'], predicate: 'met', objectVia: ['', 'with'], example: 'The minister met with her Kenyan counterpart in Nairobi.' },
  { lemma: 'host', predicate: 'met', objectVia: [''], example: 'The prime minister hosted the visiting president at his residence.' },
  { lemma: 'travel', predicate: 'traveled_to', objectVia: ['to'], example: 'The envoy travelled by car to Kigali.' },
  { lemma: 'visit', predicate: 'traveled_to', objectVia: [''], example: 'The governor visited Mombasa last week.' },
  { lemma: 'tour', predicate: 'traveled_to', objectVia: [''], example: 'The minister toured the flooded districts of Sindh.' },
  { lemma: 'arrive', predicate: 'traveled_to', objectVia: ['in', 'at'], example: 'The delegation arrived in Hanoi on Sunday.' },
  { lemma: 'fly', irregular: ['flew', 'flown'], predicate: 'traveled_to', objectVia: ['to', 'into'], example: 'The president flew to Lagos for the summit.' },
  { lemma: 'go', irregular: ['went', 'gone'], predicate: 'traveled_to', objectVia: ['to'], example: 'The singer went to Tokyo to record the album.' },
  { lemma: 'head', predicate: 'traveled_to', objectVia: ['to', 'for'], example: 'The convoy headed to Goma at dawn.' },
  { lemma: 'return', predicate: 'traveled_to', objectVia: ['to'], example: 'The opposition leader returned to Caracas after two years in exile.' },
  { lemma: 'drive', irregular: ['drove', 'driven'], predicate: 'traveled_to', objectVia: ['to'], example: 'The mayor drove to Ostrava to see the damage.' },
  { lemma: 'sail', predicate: 'traveled_to', objectVia: ['to', 'for'], example: 'The frigate sailed to Cape Town.' },
  { lemma: 'negotiate', predicate: 'negotiated_with', objectVia: ['with'], example: 'The union negotiated with the port operators for a week.' },
  { lemma: 'sign', predicate: 'signed', objectVia: ['with'], example: 'Chile signed a trade deal with Indonesia.' },
  { lemma: 'attack', predicate: 'attacked', objectVia: [''], example: 'Rebels attacked Beni overnight.' },
  { lemma: 'raid', predicate: 'attacked', objectVia: [''], example: 'Gunmen raided Kaduna before dawn.' },
  { lemma: 'invade', predicate: 'attacked', objectVia: [''], example: 'Iraq invaded Kuwait in August 1990.' },
  { lemma: 'bomb', predicate: 'attacked', objectVia: [''], example: 'Aircraft bombed Idlib on Tuesday.' },
  { lemma: 'shell', predicate: 'attacked', objectVia: [''], example: 'Artillery shelled Kharkiv overnight.' },
  { lemma: 'accuse', predicate: 'accused', objectVia: [''], example: 'Manila accused Beijing of blocking its supply boats.' },
  { lemma: 'elect', predicate: 'elected', objectVia: [''], patient: true, example: 'Voters elected Maria Santos mayor of Braga.' },
  { lemma: 're-elect', predicate: 'elected', objectVia: [''], patient: true, example: 'Lena Berg was re-elected chair of the council.' },
  { lemma: 'appoint', predicate: 'appointed', objectVia: [''], patient: true, example: 'The cabinet appointed Ruth Mwangi as head of the tax authority.' },
  { lemma: 'name', predicate: 'appointed', objectVia: [''], patient: true, example: 'The club named Pedro Alves as its new coach.' },
  { lemma: 'nominate', predicate: 'appointed', objectVia: [''], patient: true, example: 'The president nominated Ana Ruiz to the supreme court.' },
  { lemma: 'die', predicate: 'died', objectVia: [], example: 'The former premier died in Lyon on Friday.' },
  { lemma: 'kill', predicate: 'killed_in', objectVia: ['in', 'during'], patient: true, passiveOnly: true, example: 'The journalist was killed in a drone strike.' },
  { lemma: 'buy', irregular: ['bought', 'bought'], predicate: 'acquired', objectVia: [''], example: 'Nordwind bought Baltic Ferries for €300m.' },
  { lemma: 'acquire', predicate: 'acquired', objectVia: [''], example: 'The bank acquired a regional lender, Volta Credit.' },
  { lemma: 'purchase', predicate: 'acquired', objectVia: [''], example: 'The city purchased the stadium from its owners.' },
  { lemma: 'take', irregular: ['took', 'taken'], particle: 'over', predicate: 'acquired', objectVia: [''], example: 'Arcadia took over Lumen Media in 2019.' },
  { lemma: 'sentence', predicate: 'sentenced', objectVia: [], patient: true, example: 'A court sentenced the smuggler to nine years.' },
  { lemma: 'jail', predicate: 'sentenced', objectVia: [], patient: true, example: 'The former governor was jailed for six years.' },
  { lemma: 'join', predicate: 'member_of', objectVia: [''], example: 'The striker joined Porto from Braga last summer.' },
  { lemma: 'defeat', predicate: 'defeated', objectVia: [''], example: 'Lopes defeated the incumbent by four points.' },
  { lemma: 'beat', irregular: ['beat', 'beaten'], predicate: 'defeated', objectVia: [''], example: 'Porto beat Benfica 2-1 on Saturday.' },
];

/**
 * A verb that states a fact only with a certain noun as its object: "won the runoff for mayor of Kraków"
 * is an election; "won the match" is not.
 */
export interface VerbObjectRule {
  lemma: string;
  nouns: readonly string[];
  predicate: Predicate;
  example: string;
}

export const VERB_OBJECT_RULES: readonly VerbObjectRule[] = [
  {
    lemma: 'win',
    nouns: ['election', 'elections', 'runoff', 'run-off', 'vote', 'race', 'ballot', 'poll', 'primary', 'nomination', 'contest', 'seat', 'presidency', 'mayoralty'],
    predicate: 'elected',
    example: 'Lena Berg won the runoff for mayor of Braga on Sunday.',
  },
];

/**
 * Verbs of speech: the subject is quoted or reported (`said`). The value is the quotation next to the
 * verb, or else the clause the verb introduces ("said that ...").
 */
export interface SpeechVerb {
  lemma: string;
  irregular?: readonly [past: string, participle: string];
  example: string;
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { lemma: 'say', irregular: ['said', 'said'], example: '"We will rebuild," the mayor said.' },
  { lemma: 'tell', irregular: ['told', 'told'], example: 'The minister told reporters that talks would resume.' },
  { lemma: 'add', example: '"It is only the start," she added.' },
  { lemma: 'state', example: 'The ministry stated that no troops had crossed the border.' },
  { lemma: 'announce', example: 'The airline announced that it would cut 300 jobs.' },
  { lemma: 'claim', example: 'The group claimed that it had shot down a drone.' },
  { lemma: 'warn', example: 'The central bank warned that inflation would stay high.' },
  { lemma: 'insist', example: 'The coach insisted that the team was not tired.' },
  { lemma: 'explain', example: 'The engineer explained that the dam had not been inspected.' },
  { lemma: 'declare', example: 'The governor declared that the crisis was over.' },
  { lemma: 'confirm', example: 'The police confirmed that two suspects had been arrested.' },
  { lemma: 'report', example: 'The auditor reported that the ministry had lost the receipts.' },
  { lemma: 'write', irregular: ['wrote', 'written'], example: 'The senator wrote that the bill was unfair.' },
  { lemma: 'call', example: 'The professor called the results "encouraging but local".' },
  { lemma: 'describe', example: 'The mayor described the plan as "a disaster for drivers".' },
  { lemma: 'ask', example: '"Who will pay for it?" the councillor asked.' },
  { lemma: 'reply', example: '"Not this year," the minister replied.' },
];

/** Verbs whose object is also the subject of the infinitive that follows ("allowed Kim to go"). */
export const OBJECT_CONTROL_VERBS: readonly { lemma: string; irregular?: readonly [string, string]; example: string }[] = [
  { lemma: 'allow', example: 'The deal allows Japan to send troops.' },
  { lemma: 'force', example: 'The attack forced the company to suspend work.' },
  { lemma: 'ask', example: 'The mayor asked the army to help.' },
  { lemma: 'urge', example: 'The union urged the minister to resign.' },
  { lemma: 'invite', example: 'Seoul invited the envoy to visit.' },
  { lemma: 'enable', example: 'The loan enables Uganda to build the line.' },
  { lemma: 'help', example: 'The grant helped the town to rebuild.' },
  { lemma: 'order', example: 'The court ordered the firm to pay.' },
  { lemma: 'persuade', example: 'They persuaded the rebels to lay down arms.' },
  { lemma: 'let', irregular: ['let', 'let'], example: 'The pact lets Japan send troops.' },
];

/** Verbs that link a subject to a description ("Russia is North Korea's partner", "China remained the largest buyer"). */
export const COPULAS: readonly { lemma: string; irregular?: readonly [string, string]; example: string }[] = [
  { lemma: 'be', irregular: ['was', 'been'], example: 'Russia is its second largest trading partner.' },
  { lemma: 'remain', example: 'China remained the biggest trading partner.' },
  { lemma: 'become', irregular: ['became', 'become'], example: 'Vietnam became the third largest supplier.' },
  { lemma: 'stay', example: 'The EU stays its main trading partner.' },
];
