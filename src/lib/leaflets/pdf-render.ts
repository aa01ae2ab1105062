/**
 * Renders a leaflet model as a tagged A4 PDF with PDFKit: structure tree (Document, Sect, H1–H3, P, L/LI,
 * Table/TR/TH/TD, Figure with alternative text), language fr-FR, title shown as the window title,
 * embedded fonts, artifacts for decoration and page numbers, 3 cm margins (RLS 1.11), text of 14 pt or
 * more, line height 1.5 (RLS 1.13), left-aligned (RLS 1.14). Bytes are deterministic: the dates come
 * from the model, PDFKit derives the file ID from them.
 */
import PDFDocument from 'pdfkit';
import type { Block, DeskBlock, FiguresBlock, LeafletModel, ListBlock, QrBlock, Section, TableBlock } from './model.ts';
import { PICTOGRAMS, type PictogramName } from './pictograms.ts';
import { qrMatrix } from './qr.ts';
import { leafletFonts, printableText } from './fonts.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** 3 cm in PDF points: the minimum margin of a FALC document (RLS 1.11). */
export const MARGIN = 85.05;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BOTTOM = PAGE_HEIGHT - MARGIN;
/** Body text size: 14 pt is the minimum for print (brief, RLS 1.1). */
export const BODY_SIZE = 14;
const COLORS = {
  brand: '#0b5560',
  ink: '#1a1a1a',
  muted: '#3d4a4d',
  tint: '#e6f1f2',
  rule: '#9fbfc3',
  white: '#ffffff',
};

/** Line gap giving a line height of 1.5 × the font size (the font's own line height is 1.3 em). */
function lineGap(size: number): number {
  return size * 0.2;
}

/** Renders the model; resolves with the PDF bytes and the number of pages actually laid out. */
export function renderLeafletPdf(model: LeafletModel): Promise<{ bytes: Buffer; pages: number }> {
  const { doc, root } = openDocument(model);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pages = layOut(doc, root, model);
  drawFooters(doc, model, pages);
  doc.end();
  return done.then((bytes) => ({ bytes, pages }));
}

/**
 * Number of pages the model takes, laid out exactly as the PDF and thrown away: a leaflet with a page limit
 * chooses what it holds with it (the grid leaflet and its table of ceilings).
 */
export function laidOutPages(model: LeafletModel): number {
  const { doc, root } = openDocument(model);
  return layOut(doc, root, model);
}

/** The title and every section drawn; returns the number of pages. */
function layOut(doc: Doc, root: Struct, model: LeafletModel): number {
  newPage(doc);
  drawTitle(doc, root, model);
  model.sections.forEach((section, index) => drawSection(doc, root, section, index === 0));
  root.end();
  return doc.bufferedPageRange().count;
}

/** A PDF document with the leaflet's metadata, fonts and structure root, before any page. */
function openDocument(model: LeafletModel): { doc: Doc; root: Struct } {
  const fonts = leafletFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    // PDF/UA identification in the XMP metadata (@types/pdfkit lags behind PDFKit on this option).
    subset: 'PDF/UA' as never,
    lang: 'fr-FR',
    displayTitle: true,
    font: fonts.regular as unknown as string,
    info: {
      Title: model.title,
      Author: model.territoryName,
      Subject: model.purpose,
      Creator: 'Info Logement Social',
      Producer: 'PDFKit',
      CreationDate: model.documentDate,
      ModDate: model.documentDate,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, root };
}

/** Adds a page with its decorative top band (an artifact: not read aloud). */
function newPage(doc: Doc): void {
  doc.addPage();
  artifact(doc, () => {
    doc.rect(0, 0, PAGE_WIDTH, 14).fill(COLORS.brand);
  });
  doc.x = MARGIN;
  doc.y = MARGIN;
}

/** Draws decoration outside the structure tree. */
function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

/** Adds a structure element under `parent` and draws its content inside it. */
function tagged(doc: Doc, parent: Struct, type: string, options: Record<string, unknown>, draw?: () => void): Struct {
  const el = doc.struct(type, options);
  parent.add(el);
  if (draw) el.add(draw);
  return el;
}

/** Moves to a new page when `height` points do not fit on this one. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) newPage(doc);
}

function textHeight(doc: Doc, text: string, font: 'regular' | 'bold', size: number, width = WIDTH): number {
  doc.font(font).fontSize(size);
  return doc.heightOfString(printableText(text), { width, lineGap: lineGap(size) });
}

function writeText(
  doc: Doc,
  text: string,
  opts: { font?: 'regular' | 'bold'; size?: number; color?: string; x?: number; width?: number; gapAfter?: number },
): void {
  const size = opts.size ?? BODY_SIZE;
  doc
    .font(opts.font ?? 'regular')
    .fontSize(size)
    .fillColor(opts.color ?? COLORS.ink);
  doc.text(printableText(text), opts.x ?? MARGIN, doc.y, {
    width: opts.width ?? WIDTH,
    lineGap: lineGap(size),
    align: 'left',
  });
  doc.y += opts.gapAfter ?? 0;
}

function drawTitle(doc: Doc, root: Struct, model: LeafletModel): void {
  tagged(doc, root, 'H1', {}, () =>
    writeText(doc, model.heading ?? model.title, { font: 'bold', size: 26, color: COLORS.brand, gapAfter: 6 }),
  );
  tagged(doc, root, 'P', {}, () => writeText(doc, model.subtitle, { size: 16, gapAfter: 4 }));
  if (model.dataDateLabel) {
    const label = model.dataDateLabel;
    tagged(doc, root, 'P', {}, () => writeText(doc, label, { size: 14, color: COLORS.muted, gapAfter: 4 }));
  }
  artifact(doc, () => {
    doc
      .moveTo(MARGIN, doc.y + 4)
      .lineTo(MARGIN + WIDTH, doc.y + 4)
      .lineWidth(1.5)
      .strokeColor(COLORS.rule)
      .stroke();
  });
  doc.y += 18;
}

/** Draws one pictogram in a brand-coloured disc, tagged as a Figure carrying its idea. */
function drawPictogram(doc: Doc, parent: Struct, name: PictogramName, x: number, y: number, size: number): void {
  const picto = PICTOGRAMS[name];
  tagged(doc, parent, 'Figure', { alt: picto.idea, bbox: [x, y, x + size, y + size], placement: 'Block' }, () => {
    doc.save();
    doc.circle(x + size / 2, y + size / 2, size / 2).fill(COLORS.brand);
    const scale = (size * 0.62) / 24;
    doc.translate(x + size * 0.19, y + size * 0.19).scale(scale);
    doc.path(picto.path).lineWidth(1.8).lineCap('round').lineJoin('round').strokeColor(COLORS.white).stroke();
    doc.restore();
  });
}

function drawSection(doc: Doc, root: Struct, section: Section, first: boolean): void {
  if (section.newPage && !first) newPage(doc);
  const sect = tagged(doc, root, 'Sect', {});
  const headingSize = 20;
  const pictoSize = section.picto ? 36 : 0;
  const textX = section.picto ? MARGIN + pictoSize + 12 : MARGIN;
  const headingWidth = WIDTH - (textX - MARGIN);
  const headingHeight = Math.max(pictoSize, textHeight(doc, section.heading, 'bold', headingSize, headingWidth));
  // Keep the heading with its first block.
  ensureSpace(doc, headingHeight + 10 + firstBlockHeight(doc, section.blocks[0]));
  const top = doc.y;
  if (section.picto) drawPictogram(doc, sect, section.picto, MARGIN, top, pictoSize);
  const textTop =
    top + Math.max(0, (pictoSize - textHeight(doc, section.heading, 'bold', headingSize, headingWidth)) / 2) + 3;
  doc.y = textTop;
  tagged(doc, sect, 'H2', {}, () =>
    writeText(doc, section.heading, {
      font: 'bold',
      size: headingSize,
      color: COLORS.brand,
      x: textX,
      width: headingWidth,
    }),
  );
  doc.y = Math.max(doc.y, top + pictoSize) + 8;
  for (const block of section.blocks) drawBlock(doc, sect, block);
  doc.y += 6;
  sect.end();
}

/** Height the first block needs next to its heading (an estimate, generous). */
function firstBlockHeight(doc: Doc, block: Block | undefined): number {
  if (!block) return 0;
  switch (block.kind) {
    case 'paragraph':
      return textHeight(doc, block.text, block.strong ? 'bold' : 'regular', BODY_SIZE);
    case 'qr':
      return 120;
    case 'desk':
      return 140;
    case 'figures':
      return 110;
    default:
      return 90;
  }
}

function drawBlock(doc: Doc, parent: Struct, block: Block): void {
  switch (block.kind) {
    case 'paragraph': {
      const font = block.strong ? 'bold' : 'regular';
      ensureSpace(doc, textHeight(doc, block.text, font, BODY_SIZE));
      tagged(doc, parent, 'P', {}, () => writeText(doc, block.text, { font, gapAfter: 8 }));
      return;
    }
    case 'list':
      return drawList(doc, parent, block);
    case 'table':
      return drawTable(doc, parent, block);
    case 'figures':
      return drawFigures(doc, parent, block);
    case 'desk':
      return drawDesk(doc, parent, block);
    case 'qr':
      return drawQr(doc, parent, block);
  }
}

function drawList(doc: Doc, parent: Struct, block: ListBlock): void {
  const list = tagged(doc, parent, 'L', {});
  const indent = 24;
  block.items.forEach((item, i) => {
    const h = textHeight(doc, item, 'regular', BODY_SIZE, WIDTH - indent);
    ensureSpace(doc, h);
    const li = tagged(doc, list, 'LI', {});
    const y = doc.y;
    if (block.ordered) {
      tagged(doc, li, 'Lbl', {}, () => {
        doc
          .font('bold')
          .fontSize(BODY_SIZE)
          .fillColor(COLORS.brand)
          .text(`${i + 1}.`, MARGIN, y, { width: indent, lineBreak: false });
      });
    } else {
      artifact(doc, () => doc.circle(MARGIN + 6, y + BODY_SIZE * 0.62, 3.2).fill(COLORS.brand));
    }
    doc.y = y;
    tagged(doc, li, 'LBody', {}, () =>
      writeText(doc, item, { x: MARGIN + indent, width: WIDTH - indent, gapAfter: block.compact ? 2 : 6 }),
    );
    li.end();
  });
  list.end();
  doc.y += 4;
}

/**
 * Widths of the columns after the first: a short column gets what its longest text needs, the long ones
 * (a wait in words) share the rest, so that no cell wraps on more lines than it must.
 */
function shareWidths(doc: Doc, block: TableBlock, available: number, pad: number): number[] {
  const count = block.headers.length - 1;
  const need = Array.from({ length: count }, (_, k) => {
    doc.font('bold');
    const header = doc.widthOfString(printableText(block.headers[k + 1] ?? ''));
    doc.font('regular');
    const cells = block.rows.map((r) => doc.widthOfString(printableText(r.cells[k] ?? '')));
    return Math.max(header, ...cells) + 2 * pad + 2;
  });
  const widths = new Array<number>(count).fill(0);
  let left = available;
  let open = need.map((_, k) => k).sort((a, b) => need[a]! - need[b]!);
  while (open.length > 0) {
    const share = left / open.length;
    const small = open.filter((k) => need[k]! <= share);
    if (small.length === 0) {
      for (const k of open) widths[k] = share;
      break;
    }
    for (const k of small) {
      widths[k] = need[k]!;
      left -= need[k]!;
    }
    open = open.filter((k) => need[k]! > share);
  }
  // Room left when every column fits: shared equally, so the table keeps the full width.
  const spare = available - widths.reduce((a, w) => a + w, 0);
  return widths.map((w) => w + spare / count);
}

function drawTable(doc: Doc, parent: Struct, block: TableBlock): void {
  const pad = block.compact ? 2 : 4;
  const columns = block.headers.length;
  // The first column is as wide as its longest header (two-column tables: most of the width), the
  // others share the rest.
  doc.font('bold').fontSize(BODY_SIZE);
  const longest = Math.max(
    ...[block.headers[0] ?? '', ...block.rows.map((r) => r.header)].map((t) => doc.widthOfString(printableText(t))),
  );
  const firstWidth = Math.min(WIDTH * (columns === 2 ? 0.6 : 0.42), longest + 2 * pad + 2);
  const widths = [firstWidth, ...shareWidths(doc, block, WIDTH - firstWidth, pad)];
  const rowHeight = (cells: string[], font: 'regular' | 'bold') =>
    Math.max(...cells.map((c, i) => textHeight(doc, c, i === 0 ? 'bold' : font, BODY_SIZE, widths[i]! - 2 * pad))) +
    2 * pad;
  const headerHeight = rowHeight(block.headers, 'bold');
  const firstRowHeight = block.rows[0] ? rowHeight([block.rows[0].header, ...block.rows[0].cells], 'regular') : 0;
  ensureSpace(doc, textHeight(doc, block.caption, 'regular', BODY_SIZE) + headerHeight + firstRowHeight + 12);
  const table = tagged(doc, parent, 'Table', {});
  tagged(doc, table, 'Caption', {}, () => writeText(doc, block.caption, { gapAfter: 6 }));
  const drawRow = (cells: string[], header: boolean, stripe: boolean) => {
    const h = rowHeight(cells, header ? 'bold' : 'regular');
    if (!header && doc.y + h > BOTTOM) {
      newPage(doc);
      repeatHeader();
    }
    const y = doc.y;
    artifact(doc, () => {
      if (header) doc.rect(MARGIN, y, WIDTH, h).fill(COLORS.brand);
      else if (stripe) doc.rect(MARGIN, y, WIDTH, h).fill(COLORS.tint);
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + WIDTH, y + h)
        .lineWidth(0.8)
        .strokeColor(COLORS.rule)
        .stroke();
    });
    const tr = tagged(doc, table, 'TR', {});
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const isHeader = header || i === 0;
      const type = isHeader ? 'TH' : 'TD';
      const scope = header ? 'Column' : i === 0 ? 'Row' : undefined;
      const cellX = x;
      tagged(doc, tr, type, scope ? { scope } : {}, () => {
        doc.y = y + pad;
        writeText(doc, cell, {
          font: isHeader ? 'bold' : 'regular',
          color: header ? COLORS.white : COLORS.ink,
          x: cellX + pad,
          width: widths[i]! - 2 * pad,
        });
      });
      x += widths[i]!;
    });
    tr.end();
    doc.y = y + h;
  };
  // On a new page the column headers are drawn again, as decoration: the structure keeps them once.
  const repeatHeader = () => {
    const y = doc.y;
    artifact(doc, () => {
      doc.rect(MARGIN, y, WIDTH, headerHeight).fill(COLORS.brand);
      let x = MARGIN;
      block.headers.forEach((cell, i) => {
        doc.font('bold').fontSize(BODY_SIZE).fillColor(COLORS.white);
        doc.text(printableText(cell), x + pad, y + pad, { width: widths[i]! - 2 * pad, lineGap: lineGap(BODY_SIZE) });
        x += widths[i]!;
      });
    });
    doc.y = y + headerHeight;
  };
  drawRow(block.headers, true, false);
  block.rows.forEach((row, i) => drawRow([row.header, ...row.cells], false, i % 2 === 1));
  table.end();
  doc.y += 12;
}

function drawFigures(doc: Doc, parent: Struct, block: FiguresBlock): void {
  const perRow = 2;
  const gap = 8;
  const boxWidth = (WIDTH - gap * (perRow - 1)) / perRow;
  const pictoSize = 30;
  const pad = 8;
  const innerWidth = boxWidth - 3 * pad - pictoSize;
  const list = tagged(doc, parent, 'L', {});
  for (let start = 0; start < block.items.length; start += perRow) {
    const row = block.items.slice(start, start + perRow);
    const boxHeight = Math.max(
      ...row.map(
        (f) =>
          2 * pad +
          textHeight(doc, f.value, 'bold', 20, innerWidth) +
          textHeight(doc, f.label, 'regular', BODY_SIZE, innerWidth),
      ),
    );
    ensureSpace(doc, boxHeight);
    const y = doc.y;
    row.forEach((item, i) => {
      const x = MARGIN + i * (boxWidth + gap);
      artifact(doc, () => doc.roundedRect(x, y, boxWidth, boxHeight, 6).fill(COLORS.tint));
      const li = tagged(doc, list, 'LI', {});
      drawPictogram(doc, li, item.picto, x + pad, y + pad, pictoSize);
      const body = tagged(doc, li, 'LBody', {});
      const p = tagged(doc, body, 'P', {});
      doc.y = y + pad - 2;
      const textX = x + 2 * pad + pictoSize;
      p.add(() =>
        writeText(doc, item.value, { font: 'bold', size: 20, color: COLORS.brand, x: textX, width: innerWidth }),
      );
      p.add(() => writeText(doc, item.label, { x: textX, width: innerWidth }));
      p.end();
      body.end();
      li.end();
    });
    doc.y = y + boxHeight + gap;
  }
  list.end();
  doc.y += 4;
}

function drawDesk(doc: Doc, parent: Struct, block: DeskBlock): void {
  const pad = 10;
  const inner = WIDTH - 2 * pad - 6;
  const lineText = (l: { label: string; value: string }) => `${l.label} : ${l.value}`;
  const height =
    2 * pad +
    textHeight(doc, block.name, 'bold', 16, inner) +
    4 +
    (block.purpose ? textHeight(doc, block.purpose, 'regular', BODY_SIZE, inner) + 4 : 0) +
    block.lines.reduce((sum, l) => sum + textHeight(doc, lineText(l), 'regular', BODY_SIZE, inner) + 2, 0);
  ensureSpace(doc, height);
  const y = doc.y;
  artifact(doc, () => {
    doc.rect(MARGIN, y, WIDTH, height).fill(COLORS.tint);
    doc.rect(MARGIN, y, 6, height).fill(COLORS.brand);
  });
  const x = MARGIN + 6 + pad;
  const div = tagged(doc, parent, 'Div', {});
  doc.y = y + pad;
  tagged(doc, div, 'H3', {}, () =>
    writeText(doc, block.name, { font: 'bold', size: 16, color: COLORS.brand, x, width: inner, gapAfter: 4 }),
  );
  const purpose = block.purpose;
  if (purpose) tagged(doc, div, 'P', {}, () => writeText(doc, purpose, { x, width: inner, gapAfter: 4 }));
  for (const line of block.lines) {
    const p = tagged(doc, div, 'P', {});
    const top = doc.y;
    p.add(() => {
      doc.font('bold').fontSize(BODY_SIZE).fillColor(COLORS.ink);
      doc.text(printableText(`${line.label} : `), x, top, {
        width: inner,
        lineGap: lineGap(BODY_SIZE),
        continued: true,
      });
      doc.font('regular').text(printableText(line.value), { width: inner, lineGap: lineGap(BODY_SIZE) });
    });
    p.end();
    doc.y += 2;
  }
  div.end();
  doc.y = y + height + 12;
}

function drawQr(doc: Doc, parent: Struct, block: QrBlock): void {
  const matrix = qrMatrix(block.url);
  const side = 100;
  const textWidth = WIDTH - side - 20;
  const height = Math.max(
    side,
    textHeight(doc, block.text, 'regular', BODY_SIZE, textWidth) +
      textHeight(doc, block.url, 'bold', BODY_SIZE, textWidth) +
      8,
  );
  ensureSpace(doc, height);
  const y = doc.y;
  const div = tagged(doc, parent, 'Div', {});
  tagged(
    doc,
    div,
    'Figure',
    { alt: `Code QR. Il ouvre l’adresse ${block.url}`, bbox: [MARGIN, y, MARGIN + side, y + side], placement: 'Block' },
    () => {
      const module = side / (matrix.size + 8);
      doc.rect(MARGIN, y, side, side).fill(COLORS.white);
      for (let r = 0; r < matrix.size; r++) {
        for (let c = 0; c < matrix.size; c++) {
          if (matrix.dark[r * matrix.size + c])
            doc.rect(MARGIN + (c + 4) * module, y + (r + 4) * module, module, module);
        }
      }
      doc.fill('#000000');
    },
  );
  doc.y = y + 8;
  tagged(doc, div, 'P', {}, () => writeText(doc, block.text, { x: MARGIN + side + 20, width: textWidth, gapAfter: 4 }));
  tagged(doc, div, 'P', {}, () =>
    writeText(doc, block.url, { font: 'bold', color: COLORS.brand, x: MARGIN + side + 20, width: textWidth }),
  );
  div.end();
  doc.y = Math.max(doc.y, y + height) + 12;
}

/** Page numbers "Page 1 sur 2" and the territory name, as pagination artifacts (RLS 2.3). */
function drawFooters(doc: Doc, model: LeafletModel, pages: number): void {
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const y = PAGE_HEIGHT - MARGIN / 2 - 8;
    doc
      .moveTo(MARGIN, y - 8)
      .lineTo(MARGIN + WIDTH, y - 8)
      .lineWidth(0.8)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font('regular').fontSize(14).fillColor(COLORS.muted);
    doc.text(printableText(model.territoryName), MARGIN, y, { lineBreak: false });
    doc.text(`Page ${i + 1} sur ${pages}`, MARGIN + WIDTH * 0.7, y, {
      width: WIDTH * 0.3,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
}
