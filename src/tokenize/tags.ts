/** wink-nlp's universal part-of-speech tags; a token's `pos` is an index into this list. */
export const POS_TAGS = ['X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE'] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const POS: Readonly<Record<PosTag, number>> = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<PosTag, number>;

/** wink-nlp's token types; a token's `kind` is an index into this list. */
export const TOKEN_KINDS = ['other', 'word', 'number', 'punctuation', 'currency', 'symbol', 'ordinal', 'time', 'url', 'email', 'hashtag', 'mention', 'emoji', 'emoticon', 'alpha', 'apos', 'shortForm'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
export const KIND: Readonly<Record<TokenKind, number>> = Object.fromEntries(TOKEN_KINDS.map((t, i) => [t, i])) as Record<TokenKind, number>;

export const TOKEN_FLAGS = {
  /** The first token of a line of the input: no sentence runs across it. */
  lineStart: 1,
  /** wink-nlp's sentence splitter starts a sentence here. */
  sentenceStart: 2,
} as const;
