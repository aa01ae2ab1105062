import { beforeAll, describe, expect, it } from 'vitest';
import {
  SecrecyTable,
  formatCell,
  loadSolver,
  secrecyExplanation,
  type Highs,
} from '../../src/lib/indicators/index.ts';
import { publishStock } from '../../src/lib/dataset/stock-table.ts';
import { emptyStock } from '../../src/lib/rpls/index.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

describe('secret statistique : exemples', () => {
  it('cache une deuxième cellule quand un total permettrait de retrouver la petite', () => {
    const t = new SecrecyTable(5);
    const small = t.cell(3),
      big = t.cell(40),
      other = t.cell(12),
      total = t.cell(55);
    t.group(total, [small, big, other]);
    const report = t.protect(highs);
    expect(t.output(small)).toEqual({ masked: 'small' });
    expect(t.output(other)).toEqual({ masked: 'secondary' });
    expect(t.output(big)).toBe(40);
    expect(t.output(total)).toBe(55);
    expect(report.recomputable).toBe(0);
    expect(t.narrowed(highs)).toEqual([]);
  });

  it('laisse masquée une cellule masquée à la source, et publie 0', () => {
    const t = new SecrecyTable(5);
    const source = t.cell('source'),
      zero = t.cell(0);
    t.protect(highs);
    expect(t.output(source)).toEqual({ masked: 'source' });
    expect(t.output(zero)).toBe(0);
  });

  it('écrit les cellules avec un seul format', () => {
    expect(formatCell(1615, 5)).toBe('1\u202f615');
    expect(formatCell({ masked: 'small' }, 5)).toBe('moins de 5');
    expect(formatCell({ masked: 'secondary' }, 5)).toBe('non publié');
    expect(formatCell({ masked: 'source' }, 5)).toBe('non publié');
    for (const sentence of secrecyExplanation(5).split(/(?<=\.) /))
      expect(sentence.split(' ').length).toBeLessThanOrEqual(15);
  });

  it('publie le parc RPLS tel quel par défaut, même les petits nombres', () => {
    const s = emptyStock();
    s.total = 11;
    s.byTypology = { T1: 0, T2: 3, T3: 6, T4: 2, 'T5+': 0 };
    const { table, report } = publishStock(new Map([['63001', s]]), { threshold: 5, solver: highs, mask: false });
    expect(table.communes['63001']!.byTypology.T2).toBe(3);
    expect(table.communes['63001']!.byTypology.T4).toBe(2);
    expect(report).toBeUndefined();
  });
});
