/**
 * The territory leaflet in FALC (seed 002 action 3, seed 004 §II.3 "en version FALC", seed 001): what
 * social housing is, who can apply, how, the documents, what happens next, the registration desks, a QR
 * code to the site. Rules come from the seeds cited on each section; territory values from the dataset.
 */
import type { TerritoryDataset } from '../dataset/index.ts';
import { answerLines, countText, yearsAndMonths } from '../wording/index.ts';
import { desksAtLevel, orderDesks, type Desk } from '../desks/index.ts';
import { frenchDay, plural } from '../format/index.ts';
import { reviewStatus, textFingerprint } from '../falc/index.ts';
import type { Block, DeskBlock, LeafletModel, Section } from './model.ts';
import { deskBlock, type HoursText } from './desk-view.ts';
import { dataDate } from './data-date.ts';
import { ceilingsSection } from './ceilings-section.ts';
import { positionSection } from './position-section.ts';

/** File stem of the territory leaflet. */
export const TERRITORY_LEAFLET_ID = 'guide-demandeur';

/** Lines of 14 pt text an A4 page holds between 3 cm margins, less the section heading and its sentence. */
const LINES_PER_DESK_PAGE = 27;
/** Characters of a 14 pt line inside a desk box. */
const CHARS_PER_LINE = 62;

/** Estimated height of a desk box in lines: name, padding, then each line as it wraps. */
function deskLines(block: DeskBlock): number {
  return (
    2.9 + block.lines.reduce((sum, l) => sum + Math.ceil((l.label.length + 3 + l.value.length) / CHARS_PER_LINE), 0)
  );
}

/**
 * Splits the registration desks into pages, in order, as many per page as fit. Done on the model so that
 * the page count is known before rendering, and the same split gives the same pages in the HTML version.
 */
export function deskPages(blocks: DeskBlock[]): DeskBlock[][] {
  const pages: DeskBlock[][] = [[]];
  let used = 0;
  for (const b of blocks) {
    const lines = deskLines(b);
    if (used + lines > LINES_PER_DESK_PAGE && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(b);
    used += lines;
  }
  return pages;
}

/**
 * Number of A4 pages the territory leaflet is laid out on: 3 pages of text (sections marked `newPage`), one
 * more for the income ceilings when the dataset has them, one more for one's position among the other
 * demands when the territory has a grid, then the registration desks.
 */
export function territoryLeafletPages(blocks: DeskBlock[], withCeilings = false, withPosition = false): number {
  return 3 + (withCeilings ? 1 : 0) + (withPosition ? 1 : 0) + deskPages(blocks).length;
}

/** Builds the territory leaflet of a dataset. */
export function territoryLeaflet(dataset: TerritoryDataset, hoursText: HoursText): LeafletModel {
  const s = dataset.settings;
  const registration = orderDesks(dataset.desks.filter((d) => d.levels.includes(2)));
  const date = dataDate(dataset);
  const sections: Section[] = [
    {
      // General rules: seed 003 §1.1.1, DESIGN.md §2.
      id: 'logement-social',
      heading: 'Le logement social, c’est quoi ?',
      picto: 'house',
      blocks: [
        { kind: 'paragraph', text: 'Un logement social est un logement avec un loyer moins cher.' },
        { kind: 'paragraph', text: 'Des organismes louent ces logements. On les appelle des bailleurs sociaux.' },
        { kind: 'paragraph', text: `${s.name} regroupe ${plural(dataset.communes.length, 'commune')}.` },
        ...territoryFigures(dataset),
      ],
    },
    {
      // Seed 003 §1.1.1: nationality or valid residence permit, income ceilings set each year by the State.
      // Citizens of the European Union prove their right to live in France (arrêté du 22 décembre 2020, I.A c,
      // quoted in seed 003's annex and seed 002 annexe 2), as the page « Qui peut demander » says.
      id: 'qui-peut-demander',
      heading: 'Qui peut demander un logement social ?',
      picto: 'person',
      blocks: [
        { kind: 'paragraph', text: 'Vous pouvez demander un logement social si :' },
        {
          kind: 'list',
          items: [
            'vous êtes de nationalité française,',
            'ou vous venez d’un pays de l’Union européenne,',
            'ou vous avez un titre de séjour valable en France.',
          ],
        },
        {
          kind: 'paragraph',
          text: dataset.eligibility
            ? 'Vos revenus doivent être sous un plafond. L’État fixe ce plafond chaque année. Il est à la page suivante.'
            : 'Vos revenus doivent être sous un plafond. L’État fixe ce plafond chaque année.',
        },
        { kind: 'paragraph', text: 'Un guichet peut vérifier avec vous.' },
      ],
    },
    ...ceilingsSection(dataset),
    {
      // Seed 003 §1.1.2 and §1.1.4.1 a) and c): online or at a registration desk, same CERFA form, attestation.
      id: 'comment-demander',
      heading: 'Comment faire votre demande ?',
      picto: 'computer',
      newPage: true,
      blocks: [
        { kind: 'paragraph', text: 'Vous pouvez faire votre demande sur internet :' },
        { kind: 'list', items: s.portals.map((p) => `${p.name} : ${p.url}`) },
        {
          kind: 'paragraph',
          text: 'Vous pouvez aussi aller dans un guichet. Le guichet remplit la demande avec vous.',
        },
        { kind: 'paragraph', text: 'Le formulaire s’appelle CERFA 14069. Il est le même partout en France.' },
        { kind: 'paragraph', text: 'Vous recevez ensuite une attestation avec votre numéro de demande.', strong: true },
      ],
    },
    {
      // Seed 002 annexe 2: arrêté du 22 décembre 2020, pièces obligatoires; copies are accepted.
      id: 'documents',
      heading: 'Les documents à donner',
      picto: 'document',
      blocks: [
        { kind: 'paragraph', text: 'Vous donnez une copie de ces documents :' },
        {
          kind: 'list',
          items: [
            'votre carte d’identité ou votre passeport,',
            'votre titre de séjour si vous êtes étranger,',
            'le livret de famille ou l’acte de naissance des enfants,',
            'l’avis d’impôt de chaque personne qui va vivre dans le logement.',
          ],
        },
        { kind: 'paragraph', text: 'Le guichet peut vous demander d’autres documents.' },
      ],
    },
    {
      // Seed 003 §1.1.4.1 d) renewal, §1.1.6 CALEOL examines 3 applications per dwelling.
      id: 'ensuite',
      heading: 'Ce qui se passe ensuite',
      picto: 'steps',
      newPage: true,
      blocks: [
        {
          kind: 'list',
          ordered: true,
          items: [
            'Votre demande est enregistrée. Vous avez un numéro.',
            'Vous renouvelez votre demande chaque année. Vous recevez un courrier avant la date.',
            'Un logement se libère. Une commission regarde 3 demandes pour ce logement.',
            'La commission choisit une personne. Le bailleur vous fait une proposition.',
            'Vous visitez le logement. Vous dites oui ou non.',
            'Vous signez le bail. Vous recevez les clés.',
          ],
        },
        { kind: 'paragraph', text: 'Si vous ne renouvelez pas, votre demande est supprimée.', strong: true },
      ],
    },
    waitingSection(dataset),
    {
      id: 'en-savoir-plus',
      heading: 'En savoir plus',
      picto: 'info',
      blocks: [
        {
          kind: 'qr',
          url: s.siteUrl,
          text: 'Scannez ce code avec votre téléphone. Il ouvre le site du logement social.',
        },
        ...(s.contact.phone
          ? [{ kind: 'paragraph', text: `Vous pouvez aussi appeler le ${s.contact.phone}.` } as Block]
          : []),
      ],
    },
    // Issue 22 part 6: how to read one's position, with the territory's figures, on a page of its own.
    ...positionSection(dataset, { newPage: true, withTable: true }),
    ...deskSections(registration, hoursText, desksAtLevel(dataset.desks, 2).length),
  ];
  const title = `Demander un logement social à ${s.name}`;
  const textVersion = wordingFingerprint(title, sections);
  const review = reviewStatus(s.guideFalcReview, textVersion);
  return {
    id: TERRITORY_LEAFLET_ID,
    kind: 'territory',
    title,
    // « Facile à lire » only while the reviewed wording is the wording printed (RLS 2.1, 2.2).
    subtitle:
      review.state === 'current'
        ? `Le guide pour faire votre demande, en facile à lire. Relu par ${review.review.by} le ${frenchDay(review.review.date)}.`
        : 'Le guide pour faire votre demande, écrit avec les règles du facile à lire.',
    textVersion,
    purpose:
      'Expliquer comment demander un logement social et où aller. À donner aux personnes qui veulent faire une demande.',
    territoryName: s.name,
    documentDate: date.date,
    designedPages: territoryLeafletPages(
      registration.map((d) => deskBlock(d, hoursText, false)),
      dataset.eligibility !== undefined,
      dataset.cotation?.grid !== undefined,
    ),
    sections,
  };
}

/** The registration desks, a fixed number per page so that the page count is known in advance. */
function deskSections(registration: Desk[], hoursText: HoursText, inTerritoryCount: number): Section[] {
  const pages = deskPages(registration.map((d) => deskBlock(d, hoursText, false)));
  return pages.map((page, i) => ({
    // Registration desks of the territory: desks.yaml (seed 003 §1.1.5 for the default territory).
    id: i === 0 ? 'guichets' : `guichets-${i + 1}`,
    heading: i === 0 ? 'Où déposer votre demande ?' : 'Les autres guichets',
    picto: 'desk',
    newPage: true,
    blocks:
      i === 0
        ? [
            {
              kind: 'paragraph',
              // No desk list yet (a starter site): where to ask instead of « 0 guichet ».
              text:
                inTerritoryCount === 0
                  ? 'Demandez à votre mairie où déposer votre demande.'
                  : `Il y a ${plural(inTerritoryCount, 'guichet')} pour déposer une demande.`,
            },
            ...page,
          ]
        : page,
  }));
}

/**
 * Key figures of the whole territory in sentences (seed 003 §1.1.3, DESIGN.md §7), the same cells as the
 * site, when the territory has data files.
 */
function territoryFigures(dataset: TerritoryDataset): Block[] {
  const threshold = dataset.secrecy.threshold;
  const stockYear = dataset.millesimes.stock.at(-1);
  const demandYear = dataset.millesimes.demand.at(-1);
  const stock = stockYear === undefined ? undefined : dataset.stock[String(stockYear)]?.territory;
  const demand = demandYear === undefined ? undefined : dataset.demand[String(demandYear)]?.territory.total;
  const blocks: Block[] = [];
  if (stock)
    blocks.push({
      kind: 'paragraph',
      text: `Au 1er janvier ${stockYear}, il y a ${countText(stock.total, threshold)} logements sociaux sur le territoire.`,
    });
  if (demand) {
    blocks.push({
      kind: 'paragraph',
      text: `Fin ${demandYear}, ${countText(demand.pending, threshold)} demandes attendent un logement. En ${demandYear}, ${countText(demand.attributions, threshold)} logements ont été donnés.`,
    });
  }
  return blocks;
}

/** Waiting time: the délai anormalement long of the département (territory.yaml, seed 003 §1.1.4.3). */
function waitingSection(dataset: TerritoryDataset): Section {
  const delay = dataset.settings.abnormalDelay;
  // The same answer as the site, in the same words (src/lib/wording answerLines).
  const answer = answerLines(dataset, null, 'total');
  const blocks: Block[] = [
    answer
      ? { kind: 'paragraph', text: answer.headline }
      : { kind: 'paragraph', text: 'Il faut souvent attendre longtemps. Un guichet peut vous dire combien.' },
  ];
  if (delay.months) {
    blocks.push(
      {
        kind: 'paragraph',
        text: `Vous attendez depuis plus de ${yearsAndMonths(delay.months)} sans proposition ?`,
        strong: true,
      },
      { kind: 'paragraph', text: 'Une commission de l’État peut vous aider. Un guichet vous dit comment faire.' },
    );
  } else {
    blocks.push({ kind: 'paragraph', text: 'Demandez à un guichet le temps d’attente normal.' });
  }
  return { id: 'attente', heading: 'Combien de temps faut-il attendre ?', picto: 'clock', blocks };
}

/**
 * Fingerprint of the guide's wording: every sentence of every section, with digits left out, so that the yearly
 * figures do not undo a review of the words (a new desk, a new sentence or a changed word do).
 */
export function wordingFingerprint(title: string, sections: readonly Section[]): string {
  const texts = sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockTexts)]);
  return textFingerprint([title, ...texts].map((t) => t.replace(/\d/g, '#')));
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [block.caption, ...block.headers, ...block.rows.flatMap((r) => [r.header, ...r.cells])];
    case 'figures':
      return block.items.flatMap((i) => [i.value, i.label]);
    case 'desk':
      return [block.name, block.purpose ?? '', ...block.lines.flatMap((l) => [l.label, l.value])];
    case 'qr':
      return [block.text, block.url];
  }
}
