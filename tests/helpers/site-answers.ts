/**
 * Reads the wait answers back from a BUILT site, the way a visitor or a re-user gets them: the open data
 * (attente.csv, donnees.json), the commune pages, /delais/, the simulator's JSON. Nothing here imports
 * src/: the words of a duration are written again by the tests' own small rules (durationWords, bandWords).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The five sizes, as in the `typologie` column. */
export const SIZES = ['T1', 'T2', 'T3', 'T4', 'T5+'] as const;
export type Size = (typeof SIZES)[number];

/** One row of attente.csv / donnees.json `attente`, values as read (numbers parsed, empty → null). */
export interface AnswerRow {
  millesime: number;
  code_commune: string;
  commune: string;
  typologie: string;
  reponse: string;
  raison: string | null;
  portee: string | null;
  attente_mois: number | null;
  attente_min_mois: number | null;
  attente_max_mois: number | null;
  statistique: string | null;
  annees: string | null;
  phrase: string;
}

const NUMBER_COLUMNS = ['millesime', 'attente_mois', 'attente_min_mois', 'attente_max_mois'] as const;

/** A `;` CSV with quotes ("" inside a quoted field), BOM and CRLF tolerated: rows of cells. */
export function parseCsv(text: string, separator = ';'): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows of a CSV as objects keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** "5,6" or "5.6" → 5.6; "" → null. */
export function frenchNumber(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s.trim().replace(/\s/g, '').replace(',', '.'));
  if (Number.isNaN(n)) throw new Error(`nombre illisible : ${s}`);
  return n;
}

function rowFromCsv(o: Record<string, string>): AnswerRow {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o))
    out[k] = (NUMBER_COLUMNS as readonly string[]).includes(k) ? frenchNumber(v) : v === '' ? null : v;
  return out as unknown as AnswerRow;
}

/** The `attente` rows of donnees.json. */
export function jsonAnswerRows(dir: string): AnswerRow[] {
  const j = JSON.parse(readFileSync(join(dir, 'donnees/donnees.json'), 'utf8')) as { attente?: AnswerRow[] };
  if (!j.attente) throw new Error('donnees.json sans clé « attente »');
  return j.attente;
}

/** The rows of /donnees/attente.csv, or null when the file is not in the built site. */
export function csvAnswerRows(dir: string): AnswerRow[] | null {
  const file = join(dir, 'donnees/attente.csv');
  if (!existsSync(file)) return null;
  return csvObjects(readFileSync(file, 'utf8')).map(rowFromCsv);
}

/**
 * The answer rows a re-user reads: attente.csv when the site publishes it, else the same table in
 * donnees.json (a separate test says when the CSV is missing, so the other checks still run).
 */
export function answerRows(dir: string): AnswerRow[] {
  return csvAnswerRows(dir) ?? jsonAnswerRows(dir);
}

/** Key of a row: "63430|T3", "territoire|toutes". */
export const rowKey = (code: string, size: string) => `${code}|${size}`;

/** Rows by place × size. */
export function rowsByKey(rows: AnswerRow[]): Map<string, AnswerRow> {
  return new Map(rows.map((r) => [rowKey(r.code_commune, r.typologie), r]));
}

/** The communes of the territory (donnees.json `territoire.communes`). */
export function territoryCommunes(dir: string): { code: string; nom: string }[] {
  const j = JSON.parse(readFileSync(join(dir, 'donnees/donnees.json'), 'utf8')) as {
    territoire: { communes: { code: string; nom: string }[] };
  };
  return j.territoire.communes;
}

/** HTML entities of the built pages → characters. */
export function decodeHtml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** Visible text of an HTML fragment: tags removed, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return decodeHtml(html.replace(/<[^>]*>/g, ' '))
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Commune code → page slug, from the links of the /delais/ table (names matched to donnees.json). */
export function communeSlugs(dir: string): Map<string, string> {
  const html = readFileSync(join(dir, 'delais/index.html'), 'utf8');
  const byName = new Map(territoryCommunes(dir).map((c) => [c.nom, c.code]));
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<a href="\/communes\/([^/"]+)\/#demandes"[^>]*>([\s\S]*?)<\/a>/g)) {
    const code = byName.get(textOf(m[2]!));
    if (code) out.set(code, m[1]!);
  }
  return out;
}

/** The /delais/ table: place code (or "territoire") → size (T1…T5+, "toutes") → text of the `wait` span. */
export function delaisCells(dir: string): Map<string, Map<string, string>> {
  const html = readFileSync(join(dir, 'delais/index.html'), 'utf8');
  const byName = new Map(territoryCommunes(dir).map((c) => [c.nom, c.code]));
  const table = html.match(/<table[^>]*delay-table[\s\S]*?<\/table>/)?.[0];
  if (!table) throw new Error('/delais/ : tableau des délais absent');
  const out = new Map<string, Map<string, string>>();
  for (const tr of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const body = tr[1]!;
    const head = body.match(/<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/)?.[1];
    if (head === undefined) continue;
    const name = textOf(head);
    const code = name === 'Tout le territoire' ? 'territoire' : byName.get(name);
    if (!code) throw new Error(`/delais/ : commune inconnue ${name}`);
    const waits = [...body.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((td) =>
      textOf(td[1]!.match(/<span class="wait"[^>]*>([\s\S]*?)<\/span>/)?.[1] ?? ''),
    );
    const sizes = [...SIZES, 'toutes'];
    out.set(code, new Map(sizes.map((s, i) => [s, waits[i] ?? ''])));
  }
  return out;
}

/** The simulator's texts: place code ("" for the territory) → size → { headline, pressure }. */
export function cotationTexts(dir: string): Record<string, Record<string, { headline: string; pressure: string }>> {
  const html = readFileSync(join(dir, 'cotation/index.html'), 'utf8');
  const json = html.match(/<script[^>]*id="cotation-ui"[^>]*>([\s\S]*?)<\/script>/)?.[1];
  if (!json) throw new Error('/cotation/ : données du simulateur absentes');
  const ui = JSON.parse(json) as {
    waiting: { texts: Record<string, Record<string, { headline: string; pressure: string }>> };
  };
  return ui.waiting.texts;
}

/**
 * Every element of class "answer" (plain text inside): size (T1…, "total") → texts, in page order. The size
 * is the element's data-answer, or that of the list item it sits in (the essentials' <li data-answer>).
 */
export function pageAnswers(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<(span|p)\b([^>]*)>([^<]*)<\/\1>/g)) {
    const attrs = m[2]!;
    if (!/\bclass="[^"]*\banswer\b/.test(attrs)) continue;
    const own = attrs.match(/data-answer="([^"]+)"/)?.[1];
    const item = [...html.slice(0, m.index).matchAll(/<li data-answer="([^"]+)"/g)].at(-1);
    const size = own ?? (item && !html.slice(item.index, m.index).includes('</li>') ? item[1] : undefined);
    if (!size) throw new Error(`réponse sans taille : ${m[0]}`);
    out.set(size, [...(out.get(size) ?? []), textOf(m[3]!)]);
  }
  return out;
}

/** The "L'essentiel" block of a commune page. */
export function essentials(html: string): string {
  const s = html.match(/<section class="essentials"[\s\S]*?<\/section>/)?.[0];
  if (!s) throw new Error('bloc « L’essentiel » absent');
  return s;
}

/** The items of the essentials list: size → visible text of its <li>. */
export function essentialItems(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of essentials(html).matchAll(/<li data-answer="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g))
    out.set(m[1]!, textOf(m[2]!));
  return out;
}

/** "1 an", "3 ans", "10 mois", "2 ans et 5 mois" for whole months (the test's own rule). */
export function yearsMonthsWords(whole: number): string {
  const y = Math.floor(whole / 12);
  const m = whole - 12 * y;
  const years = y === 0 ? '' : y === 1 ? '1 an' : `${y} ans`;
  const months = m === 0 ? '' : `${m} mois`;
  return years && months ? `${years} et ${months}` : years || months || '0 mois';
}

/** A duration said precisely: "environ 1 an et 2 mois"; under half a month "moins de 1 mois". */
export function durationWords(months: number): string {
  const whole = Math.round(months);
  return whole < 1 ? 'moins de 1 mois' : `environ ${yearsMonthsWords(whole)}`;
}

/** The bands of the brief, in months: [min, max), max null for "plus de 5 ans". */
export const BANDS: readonly { min: number; max: number | null; words: string }[] = [
  { min: 0, max: 3, words: 'moins de 3 mois' },
  { min: 3, max: 6, words: 'entre 3 et 6 mois' },
  { min: 6, max: 12, words: 'entre 6 mois et 1 an' },
  { min: 12, max: 24, words: 'entre 1 et 2 ans' },
  { min: 24, max: 36, words: 'entre 2 et 3 ans' },
  { min: 36, max: 60, words: 'entre 3 et 5 ans' },
  { min: 60, max: null, words: 'plus de 5 ans' },
];

/** The band a delay falls in. */
export function bandOf(months: number): (typeof BANDS)[number] {
  return BANDS.find((b) => months >= b.min && (b.max === null || months < b.max))!;
}

/** Words of the band [min, max). */
export function bandWords(min: number, max: number | null): string {
  const b = BANDS.find((x) => x.min === min && x.max === max);
  if (!b) throw new Error(`bande inconnue [${min}, ${max})`);
  return b.words;
}

/** The duration an answer row says for its own figure: precise months, or its band. */
export function rowDurationWords(r: AnswerRow): string | null {
  if (r.attente_mois !== null) return durationWords(r.attente_mois);
  if (r.attente_min_mois !== null) return bandWords(r.attente_min_mois, r.attente_max_mois);
  return null;
}

/** Kinds of answer that speak of the place and size themselves. */
export const OWN_KINDS = ['chiffre', 'annees'] as const;
