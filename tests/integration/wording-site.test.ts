/**
 * The built site of both territories, read as a reader would: no "courte" next to a wait above the
 * délai anormalement long (never "courte" next to a wait when the délai is unknown); no "de" before a
 * commune name that starts with a vowel, no "de Le", "de Les", "à Le", "à Les"; the numeric columns of
 * the open-data CSV hold a number or nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSite, listFiles } from '../helpers/build-site.ts';
import { TERRITORIES } from '../helpers/paths.ts';
import { communesOf } from '../../src/lib/territory/index.ts';
import { DEMAND_CSV, STOCK_CSV } from '../../src/lib/opendata/index.ts';
import { text } from './stock-html.ts';

const BLOCK =
  /<\/?(?:p|li|h[1-6]|caption|th|td|tr|div|ul|ol|figure|section|nav|table|dl|dt|dd|br|summary|details)\b[^>]*>/g;

/** Text of each block of a page (one sentence group per line). */
function blocks(html: string): string[] {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(BLOCK, '\n')
    .split('\n')
    .map(text)
    .filter(Boolean);
}

/** Every duration written in a block, in months ("3 ans et 10 mois", "8 mois", "1 an"). */
function durations(block: string): number[] {
  return [...block.matchAll(/(?:(\d+) ans?)?(?: et )?(?:(\d+) mois)?/g)]
    .filter((m) => m[1] !== undefined || m[2] !== undefined)
    .map((m) => Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0));
}

describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])('les mots du site construit, %s', (slug) => {
  const settings = parse(readFileSync(join(TERRITORIES, slug, 'territory.yaml'), 'utf8')) as {
    siren: string;
    abnormalDelay: { months?: number };
  };
  const limit = settings.abnormalDelay.months;
  let dir = '';
  const pages = () =>
    listFiles(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, html: readFileSync(join(dir, f), 'utf8') }));

  it('construit le site', () => {
    dir = buildSite(slug);
    expect(pages().length).toBeGreaterThan(20);
  }, 600_000);

  it('ne dit jamais « courte » à côté d’une attente au-dessus du délai anormalement long', () => {
    const wrong: string[] = [];
    let waits = 0;
    for (const { f, html } of pages()) {
      // A table cell or a list item is one unit; a paragraph is read sentence by sentence.
      for (const b of blocks(html).flatMap((x) => x.split(/(?<=[.?!])\s+(?=[A-ZÀÉ])/))) {
        const months = durations(b);
        waits += months.length;
        if (!/court/i.test(b) || months.length === 0) continue;
        if (limit === undefined || months.some((m) => m > limit)) wrong.push(`${f} : ${b}`);
      }
    }
    expect(waits).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('écrit les noms de commune avec leur article', () => {
    const communes = communesOf(settings.siren);
    const vowel = communes.filter((c) => /^[AEIOUYÂÉÈÊÎÔ]/.test(c.name)).map((c) => c.name);
    const wrong: string[] = [];
    for (const { f, html } of pages()) {
      const body = blocks(html).join('\n');
      for (const name of vowel) if (new RegExp(`\\bde ${name}\\b`).test(body)) wrong.push(`${f} : « de ${name} »`);
      for (const m of body.matchAll(/(?:\b[dD]e|\b[àÀ]) (?:Le|Les) [A-ZÉ][^\s,.]*/g)) wrong.push(`${f} : « ${m[0]} »`);
    }
    expect(communes.length).toBeGreaterThan(0);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('ne met que des nombres dans les colonnes de nombres des fichiers CSV', () => {
    for (const [file, columns] of [
      ['logements.csv', STOCK_CSV.fields],
      ['demandes.csv', DEMAND_CSV.fields],
    ] as const) {
      const csv = Papa.parse<Record<string, string>>(
        readFileSync(join(dir, 'donnees', file), 'utf8').replace(/^\uFEFF/, ''),
        { header: true, delimiter: ';', skipEmptyLines: true },
      );
      expect(csv.data.length, file).toBeGreaterThan(0);
      const numeric = columns.filter((c) => c.type === 'integer' || c.type === 'number').map((c) => c.name);
      expect(numeric.length).toBeGreaterThan(5);
      for (const row of csv.data) {
        for (const name of numeric) {
          const v = row[name] ?? '';
          expect(v === '' || /^-?\d+(,\d+)?$/.test(v), `${file} ${name} « ${v} »`).toBe(true);
          if (v !== '') expect(Number.isFinite(Number(v.replace(',', '.')))).toBe(true);
        }
        for (const c of columns.filter((x) => x.name.endsWith('_statut'))) {
          const value = row[c.name.replace(/_statut$/, '')];
          if (value !== undefined && value !== '') expect(row[c.name], `${file} ${c.name}`).toBe('');
        }
      }
    }
  });
});
