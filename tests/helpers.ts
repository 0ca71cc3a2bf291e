import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../src/cli/main.js';

export function tempDir(prefix = 'newsfacts-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, capturing what it prints. */
export async function runCli(args: string[], opts: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
  });
  return { status, stdout, stderr };
}

export function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
}

export function csvHeader(file: string): string[] {
  return (parse(readFileSync(file, 'utf8').split('\n')[0] + '\n') as string[][])[0];
}

export function readJsonl(file: string): Record<string, any>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** A scraped news page written for these tests: header furniture, headline, byline, body, tail. */
export const SCRAPED_PAGE = `Home | World | Business
12 March 2021 09:45
WORLD - EUROPE
Share on Facebook
Print

Harbour strike in Rotterdam enters its third week

By Annelies de Vries

ROTTERDAM (Reuters) - Dock workers in Rotterdam extended their strike on Thursday, leaving hundreds of container ships waiting outside Europe's busiest port as talks with employers broke down again.
The union said its members would stay out until the operators improved their offer, which it called an insult to people who kept the port running through the pandemic.

Port officials estimated that the stoppage had already cost shippers more than 40 million euros, and warned that supermarkets in Germany and Belgium could see shortages within days.

Advertisement

A spokesman for the employers said they remained open to talks and hoped that a mediator appointed by the city council would help both sides find an agreement before the weekend.

Tags: Netherlands, shipping, strikes
Related stories
Rotterdam port volumes fall for the first time in a decade
03/02/2021
Union leaders warn of summer walkouts across the Benelux
17/01/2021
Sign up for our morning briefing
© 2021 Harbour Daily. All rights reserved.
`;
