import { describe, expect, it } from 'vitest';
import { DEMAND_COLUMNS } from '../../src/lib/demand/index.ts';
import { DEMAND_TABLE, toTableSchema } from '../../src/lib/opendata/index.ts';
import { splitRecord } from '../../src/lib/sources/index.ts';
import fc from 'fast-check';
import Papa from 'papaparse';

describe('schéma Table Schema du tableau des demandes', () => {
  it('décrit exactement les colonnes que le site lit, avec leurs contraintes', () => {
    const schema = toTableSchema(DEMAND_TABLE) as {
      fields: { name: string; type: string; constraints?: Record<string, unknown> }[];
      primaryKey: string[];
      missingValues: string[];
    };
    expect(schema.fields.map((f) => f.name)).toEqual(DEMAND_COLUMNS.map((c) => c.name));
    const required = schema.fields.filter((f) => f.constraints?.required).map((f) => f.name);
    expect(required).toEqual(DEMAND_COLUMNS.filter((c) => c.required).map((c) => c.name));
    expect(schema.fields.find((f) => f.name === 'typologie')!.constraints!.enum).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5+',
    ]);
    expect(schema.primaryKey).toEqual(['millesime', 'code_commune', 'typologie']);
    expect(schema.missingValues).toContain('s');
  });
});

describe('découpage des lignes CSV entre guillemets', () => {
  it('donne les mêmes champs que papaparse', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[^";\n\r]*$/),
      fc.stringMatching(/^[^"\n\r]*$/).map((s) => `"${s}"`),
      fc.stringMatching(/^[^\n\r]*$/).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), (fields) => {
        const text = fields.join(';');
        const expected = Papa.parse<string[]>(text, {
          delimiter: ';',
          newline: '\n',
          header: false,
          skipEmptyLines: false,
        }).data[0] ?? [''];
        expect(splitRecord(text, ';')).toEqual(expected);
      }),
    );
  });
});
