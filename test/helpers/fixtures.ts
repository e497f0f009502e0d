import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', 'fixtures');

export interface Gold {
  doc: string;
  referenceDate?: string;
  language?: string;
  paragraphs: { kind: string; start: string }[];
  entities: { name: string; type: string; aliases: string[] }[];
  dates: { text: string; value: string; kind: string; occurrence?: number }[];
  quotes: { text: string; kind: string; speaker: string | null }[];
  events: { type: string; mode?: string; participants: string[]; date: string | null; location: string | null; status: string }[];
}

export interface Fixture {
  name: string;
  text: string;
  gold: Gold;
}

/** The five seed articles and their gold annotations. */
export function fixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(DIR, name), 'utf8'),
      gold: JSON.parse(readFileSync(join(DIR, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold,
    }));
}
