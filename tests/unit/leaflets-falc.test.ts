/**
 * The leaflets' own sentences follow the checkable FALC rules (DESIGN.md §10, RLS 4.1, 4.2, 5.2): at most
 * 15 words per sentence, no `;` `( )` `[ ]` `…`, no percentage. Desk names, addresses, grid labels and
 * web addresses come from the data files and are left to the content checks.
 */
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../scripts/prepare.ts';
import { leafletModels, type LeafletModel } from '../../src/lib/leaflets/index.ts';
import { secrecyExplanation } from '../../src/lib/dataset/index.ts';

/** The sentences a leaflet writes itself: headings, paragraphs, list items, table captions, QR texts. */
function ownSentences(model: LeafletModel): string[] {
  const texts: string[] = [model.title, model.subtitle];
  for (const section of model.sections) {
    texts.push(section.heading);
    for (const b of section.blocks) {
      if (b.kind === 'paragraph') texts.push(b.text);
      else if (b.kind === 'list' && !b.items.some((i) => i.includes('http'))) texts.push(...b.items);
      else if (b.kind === 'table' && model.kind !== 'cotation') texts.push(b.caption);
      else if (b.kind === 'qr') texts.push(b.text);
      else if (b.kind === 'figures') texts.push(...b.items.map((f) => f.label));
    }
  }
  return texts
    .filter((t) => !t.startsWith('Source') && t !== secrecyExplanation(5))
    .flatMap((t) => t.split(/(?<=[.!?])\s+/))
    .filter((t) => t.trim() !== '');
}

describe.each(['thiers-dore-montagne', 'grand-paris-grand-est'])('%s : phrases des plaquettes en FALC', (slug) => {
  it('short sentences, no forbidden punctuation, no percentage', async () => {
    const prepared = await prepareDataset(slug);
    expect(prepared.dataset).toBeDefined();
    const models = leafletModels(prepared.dataset!);
    const problems: string[] = [];
    for (const model of models.slice(0, 5)) {
      for (const sentence of ownSentences(model)) {
        const words = sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
        if (words > 15) problems.push(`${model.id} : ${words} mots : ${sentence}`);
        if (/[;()[\]…%]/.test(sentence)) problems.push(`${model.id} : ponctuation interdite : ${sentence}`);
      }
    }
    expect(problems).toEqual([]);
    // Preparing the dataset reads every source file: slow on a busy machine, never a timing assertion.
  }, 60_000);
});
