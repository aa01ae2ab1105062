/**
 * One A4 sheet per commune, printed on both sides: the key figures and the figures per dwelling size on
 * the front (seed 003 §1.1.3: dwellings, pending demands, attributions per typology, theoretical waiting
 * time), the desks on the back with the sources and a QR code to the commune page. Every count is a
 * dataset `Cell`, already through statistical secrecy, written by the site's wording module. When most of
 * the commune's figures are hidden, the territory's figures are shown as well, and the back says what a
 * desk hands out: the online portal, the 115 and the délai anormalement long.
 */
import {
  TYPOLOGIES,
  isMasked,
  mobilitySentence,
  rentSentences,
  type Cell,
  type TerritoryDataset,
  type Typology,
} from '../dataset/index.ts';
import type { Desk } from '../desks/index.ts';
import type { Commune } from '../territory/index.ts';
import { answerLinesBySize, countText, inCommune, ofCommune, yearsAndMonths } from '../wording/index.ts';
import type { Block, LeafletModel, Section } from './model.ts';
import { deskBlock, type HoursText } from './desk-view.ts';
import { dataDate, latestSources } from './data-date.ts';

/** Number of A4 pages of a commune sheet: one sheet, front and back. */
export const COMMUNE_SHEET_PAGES = 2;

/** File stem of the sheet of a commune. */
export function communeSheetId(commune: Pick<Commune, 'slug'>): string {
  return `commune-${commune.slug}`;
}

/** Finds the registration desks nearest to a commune (from the desks module). */
export type NearestDesks = (dataset: TerritoryDataset, commune: Commune, count: number) => Desk[];

/** Row headers of the table: the size as written on the site. */
const TYPOLOGY_WORDS: Record<Typology, string> = { T1: 'T1', T2: 'T2', T3: 'T3', T4: 'T4', 'T5+': 'T5 et plus' };

/**
 * The commune's own figures say little: fewer than 3 sizes out of 5 have an answer of their own (the
 * others speak of the territory). The back then says what a desk hands out.
 */
export function mostlyHidden(dataset: TerritoryDataset, commune: Commune): boolean {
  const own = answerLinesBySize(dataset, commune).filter(
    (l) => l.answer.kind === 'figure' || l.answer.kind === 'pooled',
  );
  return own.length < 3;
}

function latest<T>(table: Record<string, T>, years: number[]): { year: number; value: T } | undefined {
  const year = years.at(-1);
  const value = year === undefined ? undefined : table[String(year)];
  return year === undefined || value === undefined ? undefined : { year, value };
}

/** Builds the sheet of one commune. */
export function communeSheet(
  dataset: TerritoryDataset,
  commune: Commune,
  deps: { hoursText: HoursText; nearestDesks: NearestDesks },
): LeafletModel {
  const threshold = dataset.secrecy.threshold;
  const stock = latest(dataset.stock, dataset.millesimes.stock);
  const demand = latest(dataset.demand, dataset.millesimes.demand);
  const stockFigures = stock?.value.communes[commune.code];
  const demandFigures = demand?.value.communes[commune.code];
  const cell = (c: Cell | undefined) => countText(c, threshold);
  const cells: Cell[] = [];
  const track = (c: Cell | undefined) => {
    if (c !== undefined) cells.push(c);
    return c;
  };

  const front: Section[] = [];
  if (stockFigures || demandFigures) {
    const items: Extract<Block, { kind: 'figures' }>['items'] = [];
    if (stock && stockFigures) {
      items.push({ picto: 'building', value: cell(track(stockFigures.total)), label: 'logements sociaux' });
    }
    if (demand && demandFigures) {
      items.push({ picto: 'people', value: cell(track(demandFigures.total.pending)), label: 'demandes en attente' });
    }
    front.push({ id: 'chiffres', heading: 'Les chiffres clés', blocks: [{ kind: 'figures', items }] });
    const rows = TYPOLOGIES.map((t) => ({
      header: TYPOLOGY_WORDS[t],
      cells: [
        cell(track(stockFigures?.byTypology[t])),
        cell(track(demandFigures?.[t].pending)),
        cell(track(demandFigures?.[t].attributions)),
      ],
    }));
    // The answer of each size in the site's words, in one paragraph under the table (a list would not fit
    // on the front): a size without its own figure says why and gives the territory's.
    const answers = answerLinesBySize(dataset, commune).map(
      (l) => `${TYPOLOGY_WORDS[l.size as Typology]} : ${l.short}.`,
    );
    {
      front.push({
        id: 'par-taille',
        heading: 'Selon la taille du logement',
        blocks: [
          {
            kind: 'table',
            // The secrecy rule goes with the table it explains (a paragraph of its own would not fit).
            caption: `Le chiffre après le T est le nombre de pièces.${cells.some((c) => isMasked(c)) ? ` ${shortSecrecy(threshold)}` : ''}`,
            headers: ['Taille', 'Logements', 'Demandes', 'Donnés'],
            rows,
          },
          ...(answers.length
            ? [{ kind: 'paragraph', text: `L’attente des ménages logés. ${answers.join(' ')}` } as Block]
            : []),
        ],
      });
    }
  } else {
    front.push({
      id: 'chiffres',
      heading: 'Les chiffres clés',
      picto: 'info',
      blocks: [
        {
          kind: 'paragraph',
          text: `Les chiffres ${ofCommune(commune)} ne sont pas encore publiés. Demandez-les à un guichet.`,
        },
      ],
    });
  }

  // Mobility and rent from the SDES results, when the territory lists them (SDES masking kept).
  const turnover = latest(dataset.turnover ?? {}, dataset.millesimes.turnover ?? [])?.value.communes[commune.code];
  const turnoverText = turnover
    ? [mobilitySentence(turnover.mobilityRate), ...rentSentences(turnover.rentPerM2)].filter(
        (t): t is string => t !== undefined,
      )
    : [];
  if (turnoverText.length)
    front.push({
      id: 'liberes',
      heading: 'Les logements qui se libèrent',
      blocks: turnoverText.map((text) => ({ kind: 'paragraph', text }) as Block),
    });

  const here = dataset.desks.filter((d) => d.commune === commune.code);
  // The nearest registration desks are added only when none of the commune's desks registers demands.
  const nearest = here.some((d) => d.levels.includes(2))
    ? []
    : deps.nearestDesks(dataset, commune, 2).filter((d) => !here.includes(d));
  const deskBlocks: Block[] = [];
  const shown = [...here, ...nearest];
  // When every desk shown registers demands, one sentence says it instead of one per desk (keeps 1 sheet).
  const allRegister = shown.length > 0 && shown.every((d) => d.levels.includes(2) && !d.services);
  // No desk list at all (a starter site): where to ask instead of « no desk here ».
  if (dataset.desks.length === 0)
    deskBlocks.push({ kind: 'paragraph', text: 'Demandez à la mairie où déposer votre demande.' });
  else if (here.length === 0)
    deskBlocks.push({ kind: 'paragraph', text: `Il n’y a pas de guichet ${inCommune(commune)}.` });
  if (nearest.length > 0)
    deskBlocks.push({ kind: 'paragraph', text: 'Voici les guichets les plus proches pour déposer une demande.' });
  else if (allRegister)
    deskBlocks.push({ kind: 'paragraph', text: 'Vous pouvez déposer votre demande dans ces guichets.' });
  deskBlocks.push(...shown.map((d) => deskBlock(d, deps.hoursText, !allRegister)));
  const date = dataDate(dataset);
  const pageUrl = new URL(`communes/${commune.slug}/`, dataset.settings.siteUrl).href;
  const moreBlocks: Block[] = [
    { kind: 'qr', url: pageUrl, text: 'Scannez ce code. Il ouvre la page de la commune sur le site.' },
  ];
  const demoNote = dataset.settings.demo ? ' Attention : ces chiffres sont un exemple.' : '';
  if (dataset.sources.length > 0) {
    // Labels carry the dates; the producers (origin) are on the site's data page, the sheet has no room.
    const files = latestSources(dataset.sources).map((s) => s.label);
    moreBlocks.push({ kind: 'paragraph', text: `Sources des chiffres : ${files.join(' et ')}.${demoNote}` });
  } else if (demoNote) {
    moreBlocks.push({ kind: 'paragraph', text: demoNote.trim() });
  }
  if (demandFigures === undefined || mostlyHidden(dataset, commune)) moreBlocks.unshift(...handOut(dataset));
  const back: Section[] = [
    { id: 'guichets', heading: 'Où aller ?', picto: 'desk', newPage: true, blocks: deskBlocks },
    { id: 'en-savoir-plus', heading: 'En savoir plus', picto: 'info', blocks: moreBlocks },
  ];
  return {
    id: communeSheetId(commune),
    kind: 'commune',
    title: `Le logement social ${inCommune(commune)}`,
    heading: commune.name,
    headingOf: ofCommune(commune),
    subtitle: 'La fiche du logement social de la commune.',
    purpose: `Les chiffres du logement social ${inCommune(commune)} et les guichets où aller.`,
    territoryName: dataset.settings.name,
    dataDateLabel: date.label,
    documentDate: date.date,
    designedPages: COMMUNE_SHEET_PAGES,
    sections: [...front, ...back],
  };
}

/** What a desk hands out with the sheet: the online portal, the 115, the délai anormalement long. */
function handOut(dataset: TerritoryDataset): Block[] {
  const s = dataset.settings;
  const portal = s.portals[0];
  const months = s.abnormalDelay.months;
  const items = [
    ...(portal ? [`Demande sur internet : ${portal.url}`] : []),
    'Sans logement ce soir ? Appelez le 115.',
    months !== undefined
      ? `Rien après ${yearsAndMonths(months)} ? Faites un recours pour le droit au logement opposable, appelé DALO.`
      : 'Attente trop longue ? Demandez le recours pour le droit au logement opposable, appelé DALO.',
  ];
  return [{ kind: 'list', items }];
}

/** The secrecy rule in 2 sentences: the sheet has no room for the site's longer explanation. */
function shortSecrecy(threshold: number): string {
  return `Un nombre plus petit que ${threshold} est caché, et parfois un autre nombre. Cela protège les personnes.`;
}
