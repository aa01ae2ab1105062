/**
 * The yearly report of the information service (CCH R441-2-12). Its plan follows seed 001: why the report,
 * the reception and information of applicants, the treatment of demand, the progress of the plan's actions
 * (Fait / Partiellement fait / Non fait), with seed 002's monitoring indicators (people received per desk,
 * demands registered) and the calendar of the actions. Counts the territory typed are masked like the
 * dataset's; demand and attribution figures are the dataset's own cells. Same model for the PDF and the page.
 */
import { formatCell, isMasked, TYPOLOGIES, type Cell, type TerritoryDataset } from '../dataset/index.ts';
import { desksAtLevel } from '../desks/index.ts';
import { formatInteger, plural } from '../format/index.ts';
import type { ActionStatus, YearlyReportFile } from '../report/index.ts';
import type { Block, LeafletModel, Section } from './model.ts';
import { observedCell } from '../wording/index.ts';

/** File stem of the report of a year. */
export function yearlyReportId(year: number): string {
  return `rapport-annuel-${year}`;
}

/** Words for where an action stands (seed 001 annex legend). */
export const STATUS_WORDS: Record<ActionStatus, string> = {
  fait: 'Fait',
  'en-cours': 'En cours',
  'en-retard': 'En retard',
  'pas-commence': 'Pas commencé',
};

/** A count typed in the yearly file, masked below the threshold like every published count. */
function typedCell(value: number, threshold: number): Cell {
  return value > 0 && value < threshold ? { masked: 'small' } : value;
}

/** Builds the report of one year. */
export function yearlyReportLeaflet(dataset: TerritoryDataset, report: YearlyReportFile): LeafletModel {
  const s = dataset.settings;
  const y = report.year;
  const sections: Section[] = [
    frameSection(dataset, report),
    receptionSection(dataset, report),
    ...(report.mainQuestions.length
      ? [
          {
            id: 'questions',
            heading: 'Les questions les plus posées',
            picto: 'info',
            blocks: [
              { kind: 'paragraph', text: 'Voici les questions que les personnes posent le plus aux guichets.' },
              { kind: 'list', ordered: true, items: report.mainQuestions },
            ],
          } satisfies Section,
        ]
      : []),
    demandSection(dataset, y),
    planSection(report),
    {
      id: 'en-savoir-plus',
      heading: 'En savoir plus',
      picto: 'info',
      blocks: [
        {
          kind: 'qr',
          url: new URL('rapport-annuel/', s.siteUrl).href,
          text: 'Scannez ce code. Il ouvre ce rapport sur le site.',
        },
      ],
    },
  ];
  return {
    id: yearlyReportId(y),
    kind: 'yearlyReport',
    title: `Rapport annuel ${y} du service d’information des demandeurs`,
    heading: `Rapport annuel ${y}`,
    subtitle: `Le bilan ${y} de l’accueil et de l’information des demandeurs.`,
    purpose: `Rendre compte chaque année de l’accueil des demandeurs et des actions du plan.`,
    territoryName: s.name,
    dataDateLabel: `Bilan au 31 décembre ${y}.`,
    // The report describes the year up to 31 December: a fixed date, never the clock.
    documentDate: new Date(Date.UTC(y, 11, 31)),
    sections,
  };
}

/** Why this report exists, who approved it, and a plain warning for example figures. */
function frameSection(dataset: TerritoryDataset, report: YearlyReportFile): Section {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Chaque année, ${dataset.settings.name} fait le bilan de son plan pour les demandeurs.`,
    },
    {
      kind: 'paragraph',
      text: 'Ce plan dit comment accueillir et informer les personnes qui demandent un logement social.',
    },
    { kind: 'paragraph', text: 'La loi demande ce bilan. Il est présenté aux élus chaque année.' },
  ];
  if (report.approval?.cilOpinion)
    blocks.push({ kind: 'paragraph', text: `Avis de la conférence du logement : ${report.approval.cilOpinion}.` });
  if (report.approval?.deliberation)
    blocks.push({ kind: 'paragraph', text: `Décision des élus : ${report.approval.deliberation}.` });
  if (report.demo || dataset.settings.demo)
    blocks.push({ kind: 'paragraph', text: 'Attention : les chiffres de ce rapport sont des exemples.', strong: true });
  return { id: 'bilan', heading: 'Pourquoi ce rapport ?', picto: 'document', blocks };
}

/** People received per desk level, and demands registered (seed 002, indicators of the SIAD). */
function receptionSection(dataset: TerritoryDataset, report: YearlyReportFile): Section {
  const threshold = dataset.secrecy.threshold;
  const levels = [
    { level: 1 as const, words: 'Information', value: report.received.level1 },
    { level: 2 as const, words: 'Enregistrement des demandes', value: report.received.level2 },
    { level: 3 as const, words: 'Accompagnement social', value: report.received.level3 },
  ];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Le territoire a ${plural(dataset.desks.length, 'guichet')} pour accueillir les demandeurs.`,
    },
  ];
  const counted = levels.filter((l) => l.value !== undefined);
  if (counted.length) {
    blocks.push({
      kind: 'table',
      caption: `Les personnes reçues en ${report.year}, selon le type de guichet.`,
      headers: ['Type de guichet', 'Guichets', 'Personnes reçues'],
      rows: counted.map((l) => ({
        header: l.words,
        cells: [
          // The same count as the home page, /demander/, /guichets/ and the guide: the territory's own desks.
          String(desksAtLevel(dataset.desks, l.level).length),
          formatCell(typedCell(l.value ?? 0, threshold), threshold),
        ],
      })),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: `Les personnes reçues en ${report.year} n’ont pas été comptées.` });
  }
  const items: { picto: 'document' | 'calendar'; value: string; label: string }[] = [];
  if (report.registered !== undefined)
    items.push({
      picto: 'document',
      value: formatCell(typedCell(report.registered, threshold), threshold),
      label: 'nouvelles demandes enregistrées aux guichets',
    });
  if (report.renewals !== undefined)
    items.push({
      picto: 'calendar',
      value: formatCell(typedCell(report.renewals, threshold), threshold),
      label: 'demandes renouvelées aux guichets',
    });
  if (items.length) blocks.push({ kind: 'figures', items });
  return { id: 'accueil', heading: 'L’accueil des demandeurs', picto: 'desk', newPage: true, blocks };
}

/** Demand and attributions of the year: the dataset's cells, already through statistical secrecy. */
function demandSection(dataset: TerritoryDataset, year: number): Section {
  const threshold = dataset.secrecy.threshold;
  const table = dataset.demand[String(year)];
  const base = { id: 'demandes', heading: 'Les demandes et les attributions', picto: 'house', newPage: true } as const;
  if (!table) {
    return {
      ...base,
      blocks: [{ kind: 'paragraph', text: `Le fichier des demandes de ${year} n’est pas encore sur le site.` }],
    };
  }
  const total = table.territory.total;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Fin ${year}, ${formatCell(total.pending, threshold)} demandes attendent un logement.` },
    {
      kind: 'paragraph',
      text: `En ${year}, ${formatCell(total.attributions, threshold)} logements ont été attribués.`,
    },
  ];
  if (typeof total.pressure === 'number')
    blocks.push({
      kind: 'paragraph',
      text: `Cela fait environ ${formatInteger(Math.max(1, Math.round(total.pressure)))} demandes pour 1 logement attribué.`,
    });
  if (typeof total.pendingChange === 'number' && total.pendingChange !== 0) {
    const more = total.pendingChange > 0;
    blocks.push({
      kind: 'paragraph',
      text: `Il y a ${formatInteger(Math.abs(total.pendingChange))} demandes en ${more ? 'plus' : 'moins'} que l’année d’avant.`,
    });
  }
  blocks.push({
    kind: 'table',
    caption: `Les demandes et les attributions de ${year}, selon la taille du logement.`,
    headers: ['Taille', 'Demandes en attente', 'Logements attribués', 'Attente des ménages logés'],
    rows: TYPOLOGIES.map((t) => ({
      header: t === 'T5+' ? 'T5 et plus' : t,
      cells: [
        formatCell(table.territory[t].pending, threshold),
        formatCell(table.territory[t].attributions, threshold),
        observedCell(table.territory[t], threshold),
      ],
    })),
  });
  const cells = TYPOLOGIES.flatMap((t) => [table.territory[t].pending, table.territory[t].attributions]);
  blocks.push(...secrecyNotes(cells, threshold));
  return { ...base, blocks };
}

/**
 * What the hidden cells of a table mean, in FALC: « moins de 5 » hides a small number; « non publié » may
 * hide a large number, to protect the small ones (secondary secrecy), or one the file does not give. Each
 * rule is said only when the table shows it, and both when both are there.
 */
function secrecyNotes(cells: readonly Cell[], threshold: number): Block[] {
  const reasons = new Set(cells.filter(isMasked).map((c) => c.masked));
  const text: string[] = [];
  if (reasons.has('small') || reasons.has('secondary'))
    text.push(`Quand un nombre est plus petit que ${threshold}, nous ne l’écrivons pas. Cela protège les personnes.`);
  if (reasons.has('secondary'))
    text.push(
      `D’autres nombres sont cachés pour protéger ceux-là, même s’ils sont plus grands que ${threshold}. Nous écrivons « non publié ».`,
    );
  if (reasons.has('source'))
    text.push('Le fichier des demandes ne donne pas certains nombres. Nous écrivons « non publié ».');
  return text.length ? [{ kind: 'paragraph', text: text.join(' ') }] : [];
}

/** The actions of the plan and where they stand (seed 001 annex, seed 002 calendar). */
function planSection(report: YearlyReportFile): Section {
  const base = { id: 'plan', heading: 'Les actions du plan', picto: 'steps', newPage: true } as const;
  if (report.actions.length === 0)
    return { ...base, blocks: [{ kind: 'paragraph', text: 'Aucune action n’est décrite pour cette année.' }] };
  const count = (status: ActionStatus) => report.actions.filter((a) => a.status === status).length;
  const summary = [
    count('fait') && `${plural(count('fait'), 'action faite', 'actions faites')}.`,
    count('en-cours') && `${plural(count('en-cours'), 'action en cours', 'actions en cours')}.`,
    count('en-retard') && `${plural(count('en-retard'), 'action en retard', 'actions en retard')}.`,
    count('pas-commence') && `${plural(count('pas-commence'), 'action pas commencée', 'actions pas commencées')}.`,
  ].filter((t): t is string => typeof t === 'string');
  const blocks: Block[] = [{ kind: 'list', items: summary.map((t) => t.charAt(0).toUpperCase() + t.slice(1)) }];
  for (const axis of [...new Set(report.actions.map((a) => a.axis))]) {
    const actions = report.actions.filter((a) => a.axis === axis);
    blocks.push({
      kind: 'table',
      caption: `${axis} : les actions et leur état.`,
      headers: ['Action', 'État', 'Ce qui a été fait'],
      rows: actions.map((a) => ({
        header: a.title,
        cells: [
          a.planned ? `${STATUS_WORDS[a.status]}. Prévu : ${a.planned}.` : STATUS_WORDS[a.status],
          a.comment ?? '',
        ],
      })),
    });
  }
  return { ...base, blocks };
}
