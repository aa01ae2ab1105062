/**
 * The SDES indicators (src/lib/mapping/read-indicators.ts): the long table by territory and the commune
 * sheet, read from small files written in the test. Expected values written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS, readCommuneIndicators, readTerritoryIndicators } from '../../src/lib/mapping/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'indicateurs-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n'));
  return p;
}
const SIREN = '200071413';
const options = (display: string) => ({ display, communes: ['63430'], millesime: 2024, siren: SIREN });
const HEAD =
  'TypeZone;Zone;CodeZone;Variable;Indicateur;Valeur;Pourcent;SousEnsemble;Valeur_2018;Valeur_2023;Valeur_2024';

describe('the long table of indicators by territory', () => {
  it('reads the rows of the territory for the whole stock, with the earlier years', async () => {
    const p = file('territoires.csv', [
      HEAD,
      `EPCI;Thiers Dore et Montagne;${SIREN};taux_mobilite;Taux de mobilité;9,5;;Ensemble du parc;10,1;9,9;1`,
      `EPCI;Thiers Dore et Montagne;${SIREN};taux_vacance;Taux de vacance;2,1;;ensemble;s;2;1`,
      `EPCI;Thiers Dore et Montagne;${SIREN};taux_vacance_3mois;Vacance de plus de 3 mois;1,2;;Ensemble;0,5;;1`,
      `EPCI;Thiers Dore et Montagne;${SIREN};parc_hlm;Logements sociaux;1 615;;Ensemble;1500;1600;1`,
      `EPCI;Thiers Dore et Montagne;${SIREN};loyer_m2;Loyer moyen;s;;Ensemble;5,5;5,8;1`,
      `EPCI;Thiers Dore et Montagne;${SIREN};taux_mobilite;Taux de mobilité;7;;Parc récent;7;7;1`,
      `EPCI;Thiers Dore et Montagne;${SIREN};nb_demandes;Demandes;300;;Ensemble;1;1;1`,
      `EPCI;Ailleurs;200000000;taux_mobilite;Taux de mobilité;3;;Ensemble;3;3;1`,
    ]);
    const r = await readTerritoryIndicators(p, options('territoires.csv'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.communes.size).toBe(0);
    expect(r.territory).toStrictEqual({
      history: {
        '2018': { mobility: 10.1, vacancy: 'source', longVacancy: 0.5, rent: 5.5 },
        '2023': { mobility: 9.9, vacancy: 2, longVacancy: 'source', rent: 5.8 },
      },
      mobility: 9.5,
      vacancy: 2.1,
      longVacancy: 1.2,
      dwellings: 1615,
      rent: 'source',
    });
  });

  it('reads a table without earlier years', async () => {
    const p = file('court.csv', [
      'TypeZone;CodeZone;Variable;Valeur;SousEnsemble',
      `EPCI;${SIREN};taux_mobilite;8;Ensemble`,
      `EPCI;${SIREN}; taux_vacance ;3;Ensemble`,
    ]);
    const r = await readTerritoryIndicators(p, options('court.csv'));
    expect(r.territory).toStrictEqual({ history: {}, mobility: 8, vacancy: 3 });
  });

  it('names the missing columns, at the line of the titles', async () => {
    const p = file('colonnes.csv', [
      'Titre du tableau',
      'TypeZone;Zone;CodeZone;Variable;Indicateur',
      `EPCI;X;${SIREN};taux_mobilite;T`,
    ]);
    const r = await readTerritoryIndicators(p, options('colonnes.csv'));
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'colonnes.csv',
      line: 2,
      column: 1,
      message:
        'colonne « Valeur », « SousEnsemble » absente : le fichier ne suit pas le tableau des indicateurs RPLS par territoire',
      hint: 'colonnes attendues : TypeZone, Zone, CodeZone, Variable, Indicateur, Valeur, Pourcent, SousEnsemble, Valeur_<année>',
    });
  });

  it('says when the file has no row for the territory', async () => {
    const p = file('autre.csv', [HEAD, 'EPCI;Ailleurs;200000000;taux_mobilite;Taux;3;;Ensemble;3;3;3']);
    const r = await readTerritoryIndicators(p, options('autre.csv'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: 'autre.csv',
        line: 1,
        column: 1,
        severity: 'error',
        message: `aucune ligne pour le territoire ${SIREN} dans ce fichier`,
        hint: 'le fichier donne les indicateurs des EPCI par leur SIREN : vérifiez le SIREN de territory.yaml ou le fichier',
      }),
    ]);
  });

  it('says that a file is missing once, without the « no row » error', async () => {
    const r = await readTerritoryIndicators(join(dir, 'absent.csv'), options('absent.csv'));
    expect(r.diagnostics.map((d) => d.message)).toEqual(['fichier introuvable']);
  });
});

describe('the commune sheet', () => {
  it('reads the rates of the year and the earlier years only, a hidden rate kept hidden', async () => {
    const p = file('communes.csv', [
      'DEPCOM;nb_ls;tx_mob;tx_vac;tx_vac3;loymoy;tx_mob_2022;TX_VAC2021;loymoy_2024;tx_mob_2025',
      '63430;1615;9,5;s;;5,9;8;s;6;7',
    ]);
    const r = await readCommuneIndicators(p, PRESETS['sdes-communes'], options('communes.csv'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.communes.get('63430')).toStrictEqual({
      history: { '2022': { mobility: 8 }, '2021': { vacancy: 'source' } },
      dwellings: 1615,
      mobility: 9.5,
      vacancy: 'source',
      longVacancy: 'source',
      rent: 5.9,
    });
  });

  it('reads an empty cell as hidden by the source, and an absent column as not given', async () => {
    const p = file('sans-parc.csv', ['DEPCOM;nb_ls;tx_mob', '63430;;4']);
    const r = await readCommuneIndicators(p, PRESETS['sdes-communes'], options('sans-parc.csv'));
    expect(r.communes.get('63430')).toStrictEqual({ history: {}, dwellings: 'source', mobility: 4 });
    const q = file('sans-colonne.csv', ['DEPCOM;tx_mob', '63430;4']);
    const s = await readCommuneIndicators(q, PRESETS['sdes-communes'], options('sans-colonne.csv'));
    expect(s.communes.get('63430')).toStrictEqual({ history: {}, mobility: 4 });
  });
});
