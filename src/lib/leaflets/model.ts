/**
 * The content of a leaflet, independent of its output: the same model is rendered as a tagged PDF
 * (pdf-render.ts) and as the HTML print version (src/pages/plaquettes/), so both always say the same.
 */
import type { PictogramName } from './pictograms.ts';

/** A paragraph of FALC text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** One or a few short sentences. */
  text: string;
  /** Shown in bold: the one thing to remember in the section. */
  strong?: boolean;
}

/** A bulleted or numbered list. */
export interface ListBlock {
  kind: 'list';
  /** Numbered when the order matters (steps). */
  ordered?: boolean;
  /** Less space between items, for a long list of one-line items (the grid's criteria). */
  compact?: boolean;
  items: string[];
}

/** A simple data table: one header row, one header cell per row. */
export interface TableBlock {
  kind: 'table';
  /** Caption said before the table (RLS 3.6: a table comes with a sentence). */
  caption: string;
  /** Column headers, the first one heads the row headers. */
  headers: string[];
  rows: { header: string; cells: string[] }[];
  /** Less space around each cell, for a table of short figures in a leaflet with a page limit. */
  compact?: boolean;
}

/** Key figures shown side by side, each with a pictogram. */
export interface FiguresBlock {
  kind: 'figures';
  items: { picto: PictogramName; value: string; label: string }[];
}

/** One desk: name, what you can do there, address, phone, hours. */
export interface DeskBlock {
  kind: 'desk';
  name: string;
  /** What the desk is for, one FALC sentence, unless the text before already says it. */
  purpose?: string;
  /** Lines under the name: address, phone, hours, restrictions. */
  lines: { label: string; value: string }[];
}

/** A QR code with the address it opens, written out for people who cannot scan. */
export interface QrBlock {
  kind: 'qr';
  url: string;
  /** Sentence before the code, e.g. "Scannez ce code pour voir le site". */
  text: string;
}

/** Every kind of block a leaflet section can hold. */
export type Block = ParagraphBlock | ListBlock | TableBlock | FiguresBlock | DeskBlock | QrBlock;

/** A section: one heading, an optional pictogram carrying the section's idea, blocks. */
export interface Section {
  /** Anchor in the HTML version. */
  id: string;
  heading: string;
  picto?: PictogramName;
  /** Starts a new PDF page: the page layout is designed, not left to chance. */
  newPage?: boolean;
  blocks: Block[];
}

/** What kind of leaflet: decides the list order (the file name is the id). */
export type LeafletKind = 'territory' | 'commune' | 'cotation' | 'yearlyReport';

/** One leaflet. */
export interface LeafletModel {
  /** File stem: `<id>.pdf` and `/plaquettes/<id>/`. */
  id: string;
  kind: LeafletKind;
  /** Document title: PDF metadata, window title, first heading. */
  title: string;
  /** Text of the first heading when shorter than the title (a commune sheet shows the commune's name). */
  heading?: string;
  /** "de" and the heading with its article, for "la fiche d’Arconsat", "la fiche du Brugeron". */
  headingOf?: string;
  /** One sentence under the title. */
  subtitle: string;
  /** What the leaflet is for, shown in the list of leaflets. */
  purpose: string;
  /** Name of the territory, for the footer and the author field. */
  territoryName: string;
  /** Date of the data, written in French, or undefined when the territory has no data file yet. */
  dataDateLabel?: string | undefined;
  /** Fixed date for the PDF metadata, taken from the data (deterministic bytes). */
  documentDate: Date;
  /** Number of A4 pages the layout is designed for; absent for a document whose length follows its data. */
  designedPages?: number;
  sections: Section[];
  /**
   * Fingerprint of the wording reviewed by readers (the guide only): shown as « Version du texte » on the
   * list of leaflets, so that the officer can write it in the review record.
   */
  textVersion?: string;
}
