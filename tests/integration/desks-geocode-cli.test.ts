/** `npm run geocode -- export|import` on a copy of a territory: no network, refusals said in French. */
import { describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../helpers/run-cli.ts';
import { FIXTURE_TERRITORIES } from '../helpers/paths.ts';

describe('npm run geocode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ils-geocode-'));
  cpSync(join(FIXTURE_TERRITORIES, 'mini-chamonix'), join(dir, 'mini-chamonix'), { recursive: true });
  const env = { TERRITORY: 'mini-chamonix', TERRITORIES_DIR: dir };

  test('export puis import : la bonne position est écrite, la mauvaise refusée', () => {
    const exported = join(dir, 'guichets.csv');
    const r1 = runScript('geocode', ['export', exported], env);
    expect(r1.status).toBe(0);
    const csv = readFileSync(exported, 'utf8');
    expect(csv.split('\n')[0]).toBe('id,adresse,postcode,citycode');
    const lines = csv.trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    const header =
      'id,adresse,postcode,citycode,latitude,longitude,result_label,result_score,result_type,result_citycode';
    const rows = lines.map((l, i) => `${l},45.92371,6.86941,label,${i === 0 ? '0.95' : '0.31'},housenumber,74056`);
    const result = join(dir, 'resultat.csv');
    writeFileSync(result, [header, ...rows].join('\n') + '\n');
    const r2 = runScript('geocode', ['import', result], env);
    expect(r2.status).toBe(0);
    expect(r2.stdout).toContain('position à l’adresse acceptée, score 0,95');
    if (rows.length > 1) expect(r2.stdout).toMatch(/refusé, score trop bas : 0,31/);
    const yaml = readFileSync(join(dir, 'mini-chamonix', 'desks.yaml'), 'utf8');
    expect(yaml).toContain('location: { lat: 45.92371, lon: 6.86941, precision: adresse, score: 0.95 }');
    expect(runScript('check', [], env).status).toBe(0);
  });

  test('un fichier qui n’est pas la réponse du géocodeur est refusé sans rien écrire', () => {
    const before = readFileSync(join(dir, 'mini-chamonix', 'desks.yaml'), 'utf8');
    const bad = join(dir, 'mauvais.csv');
    writeFileSync(bad, 'nom;ville\nx;y\n');
    const r = runScript('geocode', ['import', bad], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('colonnes absentes du fichier');
    expect(readFileSync(join(dir, 'mini-chamonix', 'desks.yaml'), 'utf8')).toBe(before);
  });

  test('un fichier absent, un dossier ou un GeoJSON illisible : message en français, rien d’écrit', () => {
    const folder = join(dir, 'dossier.csv');
    mkdirSync(folder, { recursive: true });
    const broken = join(dir, 'contours.geojson');
    writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
    const cases: [string[], string][] = [
      [['import', join(dir, 'absent.csv')], 'fichier introuvable'],
      [['import', folder], 'ce n’est pas un fichier, c’est un dossier ou un fichier spécial'],
      [['centres', broken], 'ce n’est pas un fichier GeoJSON lisible'],
    ];
    for (const [args, message] of cases) {
      const r = runScript('geocode', args, env);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    }
    expect(existsSync(join(dir, 'mini-chamonix', 'commune-centres.yaml'))).toBe(false);
  });
});
