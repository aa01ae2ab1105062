/**
 * Every word the officer reads in /admin/ is plain French: the label and help of each field, the words of each
 * choice, the name and description of each collection. A label or a help that looks like a key of a file
 * (camelCase, snake_case, an English word of the schemas, the key itself) or that names a terminal command fails
 * here, with its place in the form. The lists of forbidden words are written by hand.
 */
import { describe, expect, test } from 'vitest';
import { cmsCollections, type CmsField } from '../../src/lib/admin/index.ts';

/** English keys of the schemas (those that are not also French words), which no label or help may show. */
const SCHEMA_WORDS = new Set([
  'when',
  'askif',
  'perunit',
  'perunitabove',
  'headerrow',
  'rows',
  'steps',
  'step',
  'from',
  'fact',
  'value',
  'unit',
  'kind',
  'label',
  'labelif',
  'missing',
  'showcase',
  'examples',
  'group',
  'factor',
  'keep',
  'hidden',
  'fields',
  'field',
  'typology',
  'preset',
  'mapping',
  'auditor',
  'register',
  'sheet',
  'file',
  'name',
  'id',
  'url',
  'status',
  'persons',
  'equals',
  'column',
  'columns',
  'item',
  'items',
  'true',
  'false',
  'null',
  'yesno',
  'choice',
  'bands',
  'criteria',
  'answers',
  'outcomes',
  'next',
  'start',
  'desks',
  'kinds',
  'audiences',
  'links',
  'help',
  'title',
  'text',
  'order',
  'year',
  'by',
  'min',
  'max',
  'official',
  'category',
  'level',
  'levels',
  'street',
  'city',
  'precision',
  'backend',
  'branch',
  'repo',
]);
/** How a terminal command shows in a text. */
const COMMANDS = /\b(?:npm|npx|pnpm|yarn|node|git|bash|sudo|cd)\b|\brun\b|\s--?[a-z]|\bterminal\b|\bcommande\b/i;

interface Text {
  where: string;
  kind: 'nom' | 'aide' | 'choix' | 'description';
  text: string;
  key?: string;
}

function texts(fields: readonly CmsField[], where: string): Text[] {
  return fields.flatMap((f) => {
    const here = `${where} › ${f.name}`;
    return [
      { where: here, kind: 'nom' as const, text: f.label, key: f.name },
      ...(f.hint ? [{ where: here, kind: 'aide' as const, text: f.hint }] : []),
      ...(f.options ?? []).flatMap((o) =>
        typeof o === 'object' ? [{ where: here, kind: 'choix' as const, text: o.label, key: o.value }] : [],
      ),
      ...(f.fields ? texts(f.fields, here) : []),
      ...(f.field ? texts([f.field], here) : []),
    ];
  });
}

function allTexts(slug: string): Text[] {
  return cmsCollections(slug).flatMap((c) => [
    { where: c.name, kind: 'nom' as const, text: c.label, key: c.name },
    ...(c.description ? [{ where: c.name, kind: 'description' as const, text: c.description }] : []),
    ...(c.files ?? []).flatMap((f) => [
      { where: `${c.name} › ${f.name}`, kind: 'nom' as const, text: f.label, key: f.name },
      ...texts(f.fields, `${c.name} › ${f.name}`),
    ]),
    ...texts(c.fields ?? [], c.name),
  ]);
}

/** Why a text is not plain French for an officer, or undefined. */
function fault(t: Text): string | undefined {
  // Examples in « » and web addresses are quoted, not words of the interface.
  const words = t.text
    .replace(/«[^»]*»/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\{\{[^}]*\}\}|\{[a-z]\}/g, ' ');
  if (t.kind === 'nom' && !/^[A-ZÀ-ÖØ-Þ0-9]/.test(t.text)) return 'ne commence pas par une majuscule';
  if (t.key !== undefined && t.text === t.key) return 'est le nom de la clé';
  if (/\b[a-z]+[A-Z]\w*/.test(words)) return 'contient un mot en camelCase';
  if (/\b\w+_\w+/.test(words)) return 'contient un mot en snake_case';
  // A command is a fault even quoted: the officer has no terminal.
  if (COMMANDS.test(t.text.replace(/https?:\/\/\S+/g, ' '))) return 'nomme une commande';
  const english = words
    .toLowerCase()
    .split(/[^a-zàâäçéèêëîïôöùûüÿœ0-9]+/)
    .find((w) => SCHEMA_WORDS.has(w));
  if (english) return `contient le mot anglais du schéma « ${english} »`;
  return undefined;
}

describe('les mots de l’interface d’édition', () => {
  test.each(['thiers-dore-montagne', 'grand-paris-grand-est'])(
    '%s : chaque nom, aide et choix est en français simple',
    (slug) => {
      const faults = allTexts(slug).flatMap((t) => {
        const why = fault(t);
        return why ? [`${t.where} (${t.kind}) « ${t.text} » ${why}`] : [];
      });
      expect(faults).toEqual([]);
    },
  );

  test('le contrôle trouve chaque sorte de faute', () => {
    const check = (text: string, key?: string) => fault({ where: 'x', kind: 'nom', text, ...(key ? { key } : {}) });
    expect(check('maskStockCounts')).toBe('ne commence pas par une majuscule');
    expect(check('Date', 'Date')).toBe('est le nom de la clé');
    expect(check('Le champ perUnit')).toBe('contient un mot en camelCase');
    expect(check('Syntaxe opening_hours')).toBe('contient un mot en snake_case');
    expect(check('Remplie par npm run geocode')).toBe('nomme une commande');
    expect(check('Vérifié par « npm run check »')).toBe('nomme une commande');
    expect(check('Condition when')).toBe('contient le mot anglais du schéma « when »');
    expect(check('Total attendu')).toBeUndefined();
    expect(check('Exemple : « Mo-Fr 08:30-12:00; PH off »')).toBeUndefined();
  });
});
