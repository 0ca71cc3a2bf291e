import type { BoilerplateKind } from '../doc/types.js';

/**
 * Page furniture that scraped news text carries around the article. Each rule is a general phrase of
 * web pages, never the name of a site, with the kind of furniture it marks and an example of a line it
 * matches. `line`: the whole line (case, punctuation and a trailing count ignored) is the phrase;
 * `prefix`: a short line (at most `maxWords`) starts with it; `contains`: the line holds it anywhere.
 * `endsBody`: met after the article has begun, it opens the page's tail (lists, newsletter, footer):
 * what follows is not article text unless real prose paragraphs resume.
 */
export interface FurnitureRule {
  id: string;
  kind: BoilerplateKind;
  match: 'line' | 'prefix' | 'contains';
  phrases: readonly string[];
  maxWords?: number;
  endsBody?: boolean;
  example: string;
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'share-links',
    kind: 'share',
    match: 'line',
    phrases: ['send to a friend', 'share', 'share this', 'share this article', 'share this story', 'tweet', 'email', 'e-mail',
      'print', 'printable version', 'print this article', 'print this page', 'whatsapp', 'copy link', 'facebook', 'twitter',
      'linkedin', 'reddit', 'pinterest', 'telegram', 'save', 'bookmark', 'listen', 'listen to this article', 'x'],
    example: '"Send to a friend", "Printable version" under a headline',
  },
  {
    id: 'share-prefix',
    kind: 'share',
    match: 'prefix',
    maxWords: 6,
    phrases: ['share on', 'share via', 'share with', 'email this', 'follow us on', 'follow us'],
    example: '"Share on Facebook"',
  },
  {
    id: 'navigation',
    kind: 'navigation',
    match: 'line',
    phrases: ['close', 'close x', 'x close', 'menu', 'main menu', 'home', 'skip to content', 'skip to main content', 'search',
      'back to top', 'next article', 'previous article', 'next', 'previous', 'log in', 'login', 'sign in', 'register',
      'my account', 'open menu', 'toggle navigation', 'accept cookies', 'accept'],
    example: '"CLOSE X" left by a closed pop-up',
  },
  {
    id: 'tags-heading',
    kind: 'tags',
    match: 'line',
    endsBody: true,
    phrases: ['tags', 'tag', 'topics', 'keywords', 'filed under'],
    example: '"TAGs" before a list of tags',
  },
  {
    id: 'tags-prefix',
    kind: 'tags',
    match: 'prefix',
    maxWords: 20,
    endsBody: true,
    phrases: ['tags:', 'topics:', 'keywords:', 'filed under:'],
    example: '"Tags: Russia, North Korea"',
  },
  {
    id: 'related-heading',
    kind: 'related',
    match: 'line',
    endsBody: true,
    phrases: ['see also', 'related', 'related articles', 'related stories', 'related news', 'related content', 'related coverage',
      'read more', 'read also', 'also read', 'more on this story', 'more stories', 'more news', 'more from', 'you may also like',
      'you might also like', 'recommended', 'recommended for you', 'most read', 'most popular', 'most viewed', 'trending',
      'latest news', 'top stories', 'editor\'s picks', 'further reading'],
    example: '"See also" above a list of other headlines',
  },
  {
    id: 'related-prefix',
    kind: 'related',
    match: 'prefix',
    maxWords: 25,
    phrases: ['read more:', 'read also:', 'also read:', 'see also:', 'related:', 'more:', 'watch:', 'read:'],
    example: '"Read more: Tensions rise in the Gulf" inside or after an article',
  },
  {
    id: 'newsletter',
    kind: 'newsletter',
    match: 'prefix',
    maxWords: 14,
    endsBody: true,
    phrases: ['newsletter', 'subscribe', 'sign up', 'get our', 'get the latest', 'join our', 'enter your email', 'your email address'],
    example: '"Newsletter", "Subscribe to ... updates", "Subscribe now"',
  },
  {
    id: 'comments',
    kind: 'footer',
    match: 'line',
    endsBody: true,
    phrases: ['comments', 'comment', 'leave a comment', 'post a comment', 'add a comment', 'show comments', 'view comments'],
    example: '"Comments" above a reader discussion',
  },
  {
    id: 'footer',
    kind: 'footer',
    match: 'contains',
    endsBody: true,
    maxWords: 30,
    phrases: ['all rights reserved', 'privacy policy', 'terms of use', 'terms of service', 'cookie policy', 'cookie settings', '©'],
    example: '"© 2019 ... All rights reserved"',
  },
  {
    id: 'advertisement',
    kind: 'advertisement',
    match: 'line',
    phrases: ['advertisement', 'advert', 'ad', 'sponsored', 'sponsored content', 'paid content', 'scroll to continue', 'story continues below advertisement'],
    example: '"Advertisement" between two paragraphs',
  },
];

/**
 * English function words: prose in English is full of them, while a headline list, a menu or a motto in
 * another language has few. A line's share of them tells article prose from furniture.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours out over own same she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours also since who\'s it\'s said says yet still already even though although whilst upon amid among').split(' '),
);

/** Phrases that introduce a publication date in a page header ("Published: 25 April 2019"). */
export const DATE_PREFIXES = /^(?:published|posted|updated|last updated|first published|date|modified)\b\s*(?:on|at)?\s*[:\-–]?\s*/i;

/** A byline: "By Name", "Written by Name", then the names, perhaps with places and a role. */
export const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Rr]eporting [Bb]y|[Ss]tory [Bb]y)\s+(\p{Lu}.*)$/u;

/** A part of a byline that is the writer's job, not a name: "Meera Iyer, Health Correspondent". */
export const BYLINE_ROLE = /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|analyst|bureau|chief|desk|agencies|news)\b/i;

/** A personal name as bylines print it: capitalised words, with the usual lower-case particles. */
export const BYLINE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|di|dos|du|van|von|der|den|le|la|bin|al|ibn))*$/u;
