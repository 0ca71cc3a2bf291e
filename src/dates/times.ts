import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TokenView } from '../figures/token-view.js';
import { KIND } from '../tokenize/tags.js';
import { pad2 } from '../lexicon/calendar.js';
import { DATA_DIR } from '../lexicon/data-dir.js';


/** The zone a clock time is given in: a fixed offset ("GMT"), a region's clock ("ET"), or one that gives no offset ("local time", "CST"). */
export type TimeZoneReading = { kind: 'fixed'; offset: string } | { kind: 'regional'; iana: string } | { kind: 'unknown' };

/** A clock time of the text: "10 p.m. ET", "1600 GMT", "4:10 pm", "10:30am". */
export interface ClockTime {
  first: number;
  next: number;
  hour: number;
  minute: number;
  zone: TimeZoneReading | null;
  /** Characters to leave off the end of the last token: the full stop the tokenizer glued to "10:30am.". */
  trim: number;
}

interface ZoneTable {
  /** Case-sensitive: "ET" and "EST" are zones, "et" and "est" are not. */
  byWord: ReadonlyMap<string, TimeZoneReading>;
  localWords: readonly string[][];
  /** Lower case: the words that may follow the number of a clock time (meridiems, "o'clock", zones). */
  wordsAfterNumber: ReadonlySet<string>;
}

let zones: ZoneTable | null = null;

/** data/time-zones.json, read once. */
export function timeZones(): ZoneTable {
  if (zones) return zones;
  const file = JSON.parse(readFileSync(path.join(DATA_DIR, 'time-zones.json'), 'utf8')) as {
    fixed: { zones: Record<string, string> };
    regional: { zones: Record<string, string> };
    ambiguous: { zones: string[] };
    local: { words: string[] };
  };
  const byWord = new Map<string, TimeZoneReading>();
  for (const [w, offset] of Object.entries(file.fixed.zones)) byWord.set(w, { kind: 'fixed', offset });
  for (const [w, iana] of Object.entries(file.regional.zones)) byWord.set(w, { kind: 'regional', iana });
  for (const w of file.ambiguous.zones) byWord.set(w, { kind: 'unknown' });
  const localWords = file.local.words.map((p) => p.split(' '));
  const wordsAfterNumber = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", ...[...byWord.keys()].map((w) => w.toLowerCase()), ...localWords.map((w) => w[0])]);
  zones = { byWord, localWords, wordsAfterNumber };
  return zones;
}

/** "10pm", "10:30am", "2.15pm", "10p.m.": a time and its meridiem in one token (wink-nlp's kind `time`). */
const JOINED = /^(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?$/i;
/** "a.m.", "pm", "P.M.": a meridiem of its own, after a number. */
const MERIDIEM = /^([ap])\.?m\.?$/i;
/** "10", "4:10", "3.42": hours and minutes before a meridiem. */
const HOUR_MINUTE = /^(\d{1,2})(?:[:.]([0-5]\d))?$/;
/** "16:30": hours and minutes of a 24-hour clock, a time only with a zone after it. */
const CLOCK_24 = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** "1600": the wire services' four-digit time, a time only with a fixed zone after it ("1600 GMT"). */
const WIRE_TIME = /^([01]\d|2[0-3])([0-5]\d)$/;

/**
 * The clock time starting at token i, with the zone written after it, or null. Bare numbers ("16.28",
 * "at 10") are no times: a 24-hour time needs a zone after it, a wire-service time a fixed zone, and any
 * other a meridiem ("p.m.") or "o'clock".
 */
export function clockTimeAt(v: TokenView, i: number, to: number): ClockTime | null {
  const c0 = v.firstCode(i);
  if (!(c0 >= 48 && c0 <= 57)) return null;
  const z = timeZones();
  // Most numbers are no times: one in a piece ("10pm"), one cut into touching pieces, or one before a
  // meridiem, "o'clock" or a zone is read further.
  if (v.kind(i) !== KIND.time && !v.touchesNext(i) && !(i + 1 < to && z.wordsAfterNumber.has(v.lower(i + 1)))) return null;
  const raw = v.raw(i);
  let hour = -1;
  let minute = 0;
  let next = i + 1;
  let needsZone: 'any' | 'fixed' | null = null;
  // A piece of a number the tokenizer cut ("5pm" of "11.4" + "5pm") is read from its first piece.
  if (i > 0 && v.end(i - 1) === v.start(i) && /[\d.:]$/.test(v.raw(i - 1))) return null;
  const joined = joinedTime(v, i, to);
  if (joined) {
    [hour, minute] = twelveHour(joined.match[1], joined.match[2], joined.match[3]);
    next = joined.next;
  } else {
    const hm = HOUR_MINUTE.exec(raw);
    if (hm && i + 1 < to && MERIDIEM.test(v.raw(i + 1))) {
      [hour, minute] = twelveHour(hm[1], hm[2], MERIDIEM.exec(v.raw(i + 1))![1]);
      next = i + 2;
    } else if (hm && hm[2] === undefined && i + 1 < to && v.lower(i + 1) === "o'clock") {
      hour = Number(hm[1]);
      next = i + 2;
      if (hour < 1 || hour > 12) return null;
    } else {
      const clock = CLOCK_24.exec(raw) ?? WIRE_TIME.exec(raw);
      if (!clock) return null;
      hour = Number(clock[1]);
      minute = Number(clock[2]);
      needsZone = CLOCK_24.test(raw) ? 'any' : 'fixed';
    }
  }
  if (hour < 0 || hour > 23) return null;
  let zone: TimeZoneReading | null = null;
  if (next < to) {
    const reading = z.byWord.get(v.raw(next));
    if (reading) {
      zone = reading;
      next++;
      // "Eastern time", "Pacific Time"
      if (reading.kind === 'regional' && next < to && v.lower(next) === 'time') next++;
    } else {
      for (const words of z.localWords) {
        if (next + words.length <= to && words.every((w, k) => v.lower(next + k) === w)) {
          zone = { kind: 'unknown' };
          next += words.length;
          break;
        }
      }
    }
  }
  if (needsZone === 'any' && !zone) return null;
  if (needsZone === 'fixed' && zone?.kind !== 'fixed') return null;
  // "am." is "am" and a full stop; "a.m." keeps its point.
  const trim = !zone && /[ap]m\.$/i.test(v.raw(next - 1)) ? 1 : 0;
  return { first: i, next, hour, minute, zone, trim };
}

/**
 * A time written in one piece ("10pm", "10:30am"), which wink-nlp may cut: "2.15pm" into "2", ".",
 * "15pm"; "11.45pm" into "11.4", "5pm". Up to three touching tokens are read together.
 */
function joinedTime(v: TokenView, i: number, to: number): { match: RegExpExecArray; next: number } | null {
  let text = '';
  for (let k = i; k < to && k < i + 3; k++) {
    if (k > i && v.start(k) !== v.end(k - 1)) return null;
    text += v.raw(k);
    if (v.kind(k) !== KIND.time && !/m\.?$/i.test(text)) continue;
    const match = JOINED.exec(text);
    return match ? { match, next: k + 1 } : null;
  }
  return null;
}

function twelveHour(h: string, m: string | undefined, meridiem: string): [number, number] {
  const hour = Number(h);
  if (hour < 1 || hour > 12) return [-1, 0];
  const pm = meridiem.toLowerCase() === 'p';
  return [(hour % 12) + (pm ? 12 : 0), m === undefined ? 0 : Number(m)];
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The UTC offset ("+01:00", "-04:00") of a clock time in its zone on a day ("2019-09-21"), or null when
 * it cannot be known: a regional clock with no day, or a zone that names none.
 */
export function utcOffset(zone: TimeZoneReading | null, day: string | null, hour: number, minute: number): string | null {
  if (!zone || zone.kind === 'unknown') return null;
  if (zone.kind === 'fixed') return zone.offset;
  if (!day) return null;
  let format = offsetFormats.get(zone.iana);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone.iana, timeZoneName: 'longOffset' });
    offsetFormats.set(zone.iana, format);
  }
  // The local time read as UTC is within a day of the instant: only the hour of a switch could read wrong.
  const instant = new Date(`${day}T${pad2(hour)}:${pad2(minute)}:00Z`);
  if (Number.isNaN(instant.getTime())) return null;
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return '+00:00';
  const m = /^GMT([+-]\d\d:\d\d)$/.exec(name);
  return m ? m[1] : null;
}
