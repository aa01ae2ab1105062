import { describe, expect, it } from 'vitest';
import { change, pressure, waitingMonths } from '../../src/lib/indicators/index.ts';
import { parseTypology } from '../../src/lib/demand/index.ts';

describe('indicateurs', () => {
  it('calcule le délai théorique en mois : demandes ÷ attributions × 12', () => {
    expect(waitingMonths(625, 177)).toBe(42.4);
    expect(waitingMonths(0, 12)).toBe(0);
  });

  it('ne donne jamais l’infini : sans attribution, pas de délai', () => {
    expect(waitingMonths(42, 0)).toBeNull();
    expect(pressure(42, 0)).toBeNull();
  });

  it('calcule la pression : N demandes pour 1 attribution', () => {
    expect(pressure(625, 177)).toBe(3.5);
  });

  it('reste masqué quand une des deux valeurs est masquée', () => {
    expect(waitingMonths({ masked: 'small' }, 12)).toEqual({ masked: 'small' });
    expect(pressure(40, { masked: 'source' })).toEqual({ masked: 'source' });
    expect(change(40, { masked: 'secondary' })).toEqual({ masked: 'secondary' });
  });

  it('calcule l’évolution depuis le millésime précédent', () => {
    expect(change(648, 625)).toBe(23);
    expect(change(648, undefined)).toBeNull();
  });
});

describe('typologies du tableau des demandes', () => {
  it('accepte les écritures courantes', () => {
    expect(parseTypology('T1')).toBe('T1');
    expect(parseTypology(' t3 ')).toBe('T3');
    expect(parseTypology('4')).toBe('T4');
    for (const v of ['T5+', 'T5 et plus', '5+', 'T5']) expect(parseTypology(v)).toBe('T5+');
    expect(parseTypology('T6')).toBeUndefined();
    expect(parseTypology('studio')).toBeUndefined();
  });
});
