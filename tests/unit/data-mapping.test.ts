import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommuneNames, nameKey, readMappedDemand, resolveMapping } from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('communes données par leur nom', () => {
  // The first call loads the official list of communes: slow on a busy machine.
  it('ignore les accents, la casse, les tirets, « St » et l’article', { timeout: 60_000 }, () => {
    expect(nameKey('ST-RÉMY-SUR-DUROLLE')).toBe(nameKey('Saint Rémy sur Durolle'));
    expect(nameKey('Le Pré-Saint-Gervais')).toBe(nameKey('pre saint gervais'));
    const names = new CommuneNames(['63430', '63393', '93061']);
    expect(names.match('saint remy sur durolle')).toEqual({ kind: 'member', code: '63393' });
    expect(names.match('LE PRE ST GERVAIS')).toEqual({ kind: 'member', code: '93061' });
    expect(names.match('Clermont-Ferrand')).toEqual({ kind: 'outside' });
  });

  it('un nom porté par deux communes du territoire est ambigu, sauf si le département est donné', () => {
    const names = new CommuneNames(['93066', '97411']);
    expect(names.match('Saint-Denis')).toMatchObject({ kind: 'ambiguous' });
    expect(names.match('Saint-Denis (93)')).toEqual({ kind: 'member', code: '93066' });
  });

  it('nom ambigu dans un fichier : une erreur positionnée qui dit comment choisir', async () => {
    const mapping = resolveMapping(
      undefined,
      {
        commune: { name: 'Commune' },
        typology: { column: 'Taille' },
        fields: { demandes: 'Demandes', attributions: 'Attributions' },
      },
      undefined,
    );
    const p = file(
      'ambigu.csv',
      'Commune;Taille;Demandes;Attributions\nSaint-Denis (93);T1;12;3\nSaint-Denis;T2;10;2\n',
    );
    const r = await readMappedDemand(p, mapping, {
      display: 'ambigu.csv',
      communes: ['93066', '97411'],
      millesime: 2022,
    });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 3,
      column: 1,
      message: 'nom de commune « Saint-Denis » ambigu : Saint-Denis (93066) ou Saint-Denis (97411)',
    });
    expect(errors[0]!.hint).toContain('département entre parenthèses');
    // Transfers not given by the table are not published, never 0.
    expect(r.rows.get('93066')!.get('T1')).toMatchObject({
      pending: 12,
      attributions: 3,
      pendingTransfers: 'source',
      attributionTransfers: 'source',
    });
  });

  it('une marque de secret inattendue est une erreur, une marque déclarée est un nombre caché', async () => {
    const mapping = resolveMapping(
      undefined,
      {
        hidden: ['-'],
        commune: { code: 'Code' },
        typology: { column: 'T' },
        fields: { demandes: 'D', attributions: 'A' },
      },
      undefined,
    );
    const p = file('secret.csv', 'Code;T;D;A\n63430;T1;-;3\n63430;T2;abc;2\n');
    const r = await readMappedDemand(p, mapping, { display: 'secret.csv', communes: ['63430'], millesime: 2022 });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        column: 10,
        severity: 'error',
        message: 'valeur « abc » dans « demandes » : ni un nombre, ni une marque de secret',
      }),
    ]);
    expect(r.rows.get('63430')!.get('T1')).toMatchObject({ pending: 'source', attributions: 3 });
  });

  it('sans typologie, chaque commune garde son total ; les mutations absentes sont inconnues, jamais 0', async () => {
    const mapping = resolveMapping('drihl-socle', undefined, undefined);
    const p = file(
      'socle.csv',
      't\nt\nNiveau géographique;Code;Nom;Nombre total de demandes ciblant le territoire au 31/12/2022;' +
        'Nombre de demandes ciblant le territoire en choix 1 au 31/12/2022;Nombre d’attributions en 2022\n' +
        'Commune;63430;Thiers;310;120;30\nEPT;200070712;TDM;900;500;90\n',
    );
    const r = await readMappedDemand(p, mapping, { display: 'socle.csv', communes: ['63430'], millesime: 2022 });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...r.rows.get('63430')!.keys()]).toEqual(['total']);
    expect(r.rows.get('63430')!.get('total')).toMatchObject({
      pending: 120,
      attributions: 30,
      pendingTransfers: 'source',
      attributionTransfers: 'source',
    });
  });
});
