import { describe as group, expect, it } from 'vitest';
import { describe, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface PossessiveCase {
  text: string;
  spans: HandSpan[];
  /** Surfaces that are mentions, and surfaces that are not. */
  mentions: string[];
  absent: string[];
}

group("names that end in 's", () => {
  const cases: PossessiveCase[] = [
    // An "'s" with no possessed noun after it belongs to the name, and so does every other one after that name.
    { text: "Harwick's was the last family grocer in town. A bid for Harwick's stock followed.", spans: [['Harwick', 'ORG']], mentions: ["Harwick's"], absent: ['Harwick'] },
    { text: "Talks with Delmont's are over, and Delmont's shares fell.", spans: [['Delmont', 'ORG']], mentions: ["Delmont's"], absent: ['Delmont'] },
    { text: "The final is at Brackley's and the semi is at Orton.", spans: [['Brackley', 'LOC']], mentions: ["Brackley's"], absent: ['Brackley'] },
    // A plain possessive is followed by what is possessed; a verb after it is read as a possessed noun too.
    { text: "Delmont's bid failed. Delmont's shares fell.", spans: [['Delmont', 'ORG']], mentions: ['Delmont'], absent: ["Delmont's"] },
    { text: "Corvale's leading brand sold well.", spans: [['Corvale', 'ORG']], mentions: ['Corvale'], absent: ["Corvale's"] },
    // A possessive inside a span ends the name there; what follows is found again as a name of its own.
    { text: "Envoys of the Coastal League's Fisheries and Ports Council met.", spans: [["Coastal League's Fisheries", 'LOC'], ['Ports Council', 'ORG']], mentions: ['Coastal League', 'Fisheries and Ports Council'], absent: ["Coastal League's Fisheries", 'Ports Council'] },
    // People are left alone.
    { text: "Anna Marsh's was the best speech.", spans: [['Anna Marsh', 'PER']], mentions: ['Anna Marsh'], absent: ["Anna Marsh's"] },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    for (const s of c.mentions) expect(mentionsOf(doc, s).length, describe(doc).join('\n')).toBeGreaterThan(0);
    for (const s of c.absent) expect(mentionsOf(doc, s), describe(doc).join('\n')).toEqual([]);
  });
});
