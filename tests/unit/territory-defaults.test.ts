/**
 * Defaults of territory.yaml that decide what is published. Expected values are written by hand here,
 * never read from src/lib: a changed default must fail this file (npm run test:sentinels changes them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { territorySchema } from '../../src/lib/territory/index.ts';

const fixture = resolve('tests/fixtures/data/territories/petit-territoire/territory.yaml');

/** The fixture's settings without the keys named, as a new territory.yaml that leaves them out. */
function withoutKeys(...keys: string[]): Record<string, unknown> {
  const settings = parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !keys.includes(key)));
}

describe('réglages par défaut de territory.yaml', () => {
  it('le seuil du secret statistique est 5 quand territory.yaml ne le donne pas', () => {
    const settings = territorySchema.parse(withoutKeys('secrecyThreshold'));
    expect(settings.secrecyThreshold).toBe(5);
  });

  it('un seuil donné est gardé tel quel, et un seuil de 0 est refusé', () => {
    expect(territorySchema.parse({ ...withoutKeys(), secrecyThreshold: 11 }).secrecyThreshold).toBe(11);
    expect(territorySchema.safeParse({ ...withoutKeys(), secrecyThreshold: 0 }).success).toBe(false);
  });

  it('le parc RPLS est publié tel quel par défaut (données publiques)', () => {
    expect(territorySchema.parse(withoutKeys('maskStockCounts')).maskStockCounts).toBe(false);
  });
});
