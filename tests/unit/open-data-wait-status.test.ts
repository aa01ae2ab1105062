/**
 * The status of a theoretical delay or a pressure in the open data says why it is empty like the count it
 * comes from (an adversarial reading found « secret », defined as « plus petit que le seuil, ou il en vient »,
 * on figures whose attributions were hidden by the secondary rule). Expected statuses written by hand.
 */
import { describe, expect, test } from 'vitest';
import { figureStatus, waitState } from '../../src/lib/wording/index.ts';
import type { DemandFigures } from '../../src/lib/figures/index.ts';

const row = (pending: DemandFigures['pending'], attributions: DemandFigures['attributions']): DemandFigures => ({
  pending,
  attributions,
  averageDelayMonths: null,
  waitingMonths: typeof attributions === 'object' || typeof pending === 'object' ? { masked: 'small' } : 12,
  pressure: null,
  pendingChange: null,
  attributionsChange: null,
});

describe('statut du délai théorique et de la pression', () => {
  test('attributions « non publié » (secret secondaire), demandes publiées : secret_secondaire', () => {
    expect(figureStatus(waitState(row(97, { masked: 'secondary' }), 5))).toBe('secret_secondaire');
  });
  test('demandes « non publié », attributions publiées : secret_secondaire', () => {
    expect(figureStatus(waitState(row({ masked: 'secondary' }, 12), 5))).toBe('secret_secondaire');
  });
  test('une des deux « moins de 5 » : secret, même si l’autre est « non publié »', () => {
    expect(figureStatus(waitState(row({ masked: 'secondary' }, { masked: 'small' }), 5))).toBe('secret');
    expect(figureStatus(waitState(row({ masked: 'small' }, { masked: 'secondary' }), 5))).toBe('secret');
  });
  test('« non publié » avant « non publié par la source », quel que soit le nombre', () => {
    expect(figureStatus(waitState(row({ masked: 'secondary' }, { masked: 'source' }), 5))).toBe('secret_secondaire');
    expect(figureStatus(waitState(row({ masked: 'source' }, { masked: 'secondary' }), 5))).toBe('secret_secondaire');
    expect(figureStatus(waitState(row(40, { masked: 'source' }), 5))).toBe('non_publie_source');
  });
  test('caché par la source : non_publie_source', () => {
    expect(figureStatus(waitState(row({ masked: 'source' }, { masked: 'source' }), 5))).toBe('non_publie_source');
  });
  test('demandes publiées et attributions « moins de 5 » : une borne, pas un secret', () => {
    expect(figureStatus(waitState(row(40, { masked: 'small' }), 5))).toBe('borne_inferieure');
  });
});
