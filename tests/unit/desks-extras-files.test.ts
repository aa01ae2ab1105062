/**
 * The two files read beside desks.yaml (orientation.yaml, commune-centres.yaml): absent, broken, wrong or
 * right, each gives its own message at its own place, and only a right file gives data. Expected messages,
 * places and coordinates written by hand; they kill the mutants of src/lib/desks/load-files.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeskExtras } from '../../src/lib/desks/index.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
/** A territory folder holding `files`; messages name the files without the folder. */
const load = (files: Record<string, string>, members: string[] = []) => {
  dir = mkdtempSync(join(tmpdir(), 'ils-guichets-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadDeskExtras(dir, (p) => p.slice(dir.length + 1), [], new Set(members));
};
const said = (r: ReturnType<typeof load>) =>
  r.diagnostics.map((d) => `${d.severity} ${d.file} ${d.line}:${d.column} ${d.message}`);

describe('les fichiers à côté des guichets', () => {
  it('aucun des deux : un avertissement et une information, à la ligne 1, et pas de données', () => {
    const r = load({});
    expect(said(r)).toEqual([
      'warning orientation.yaml 1:1 pas de fichier orientation.yaml : la page « Où aller ? » ne sera pas publiée',
      'info commune-centres.yaml 1:1 pas de fichier commune-centres.yaml : les pages des communes ne montreront pas les guichets les plus proches',
    ]);
    expect(r.diagnostics.map((d) => d.hint)).toEqual([
      'copiez orientation.yaml d’un autre territoire et adaptez-le',
      'écrivez-le avec « npm run geocode -- centres contours-des-communes.geojson »',
    ]);
    expect(r.extras).toEqual({ communeCentres: {} });
  });

  it('deux fichiers YAML cassés : chacun son erreur, à sa ligne', () => {
    const r = load({ 'orientation.yaml': 'start: a\n  - b: [', 'commune-centres.yaml': '"63430": [45.8, 3.5\n' });
    const where = r.diagnostics.map((d) => `${d.severity} ${d.file} ${d.line}`);
    expect(where.filter((w) => w.includes('orientation')).length).toBeGreaterThan(0);
    expect(where.filter((w) => !w.startsWith('error orientation.yaml'))).toEqual(['error commune-centres.yaml 2']);
    expect(r.extras).toEqual({ communeCentres: {} });
  });

  it('un schéma d’orientation faux : ses erreurs, et pas de page « Où aller ? »', () => {
    const r = load({ 'orientation.yaml': 'start: a\n', 'commune-centres.yaml': '{}\n' });
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.file === 'orientation.yaml' && d.severity === 'error')).toBe(true);
    expect(r.extras.orientation).toBeUndefined();
  });

  it('un centre hors de France et un code qui n’est pas un code INSEE : à leur ligne, sans données', () => {
    const r = load({
      'orientation.yaml': 'start: a\n',
      'commune-centres.yaml': '"63430": [45.8, 3.5]\n"63125": [12, 3.5]\n"6343": [45.8, 3.5]\n',
    });
    expect(said(r).filter((d) => d.includes('commune-centres'))).toEqual([
      'error commune-centres.yaml 3:9 « 6343 » : code INSEE attendu : 5 caractères, par exemple 63430 ou 2A004',
      'error commune-centres.yaml 2:11 « 63125 › n°1 » : valeur trop petite (minimum : 41)',
    ]);
    expect(r.extras.communeCentres).toEqual({});
  });

  it('un fichier juste : les centres lus ; les communes du territoire sans centre sont dites', () => {
    const centres = '"63430": [45.85, 3.55]\n"2A004": [41.92, 8.74]\n';
    const r = load({ 'orientation.yaml': 'start: a\n', 'commune-centres.yaml': centres }, ['63430', '63125', '63300']);
    expect(r.extras.communeCentres).toEqual({ '63430': { lat: 45.85, lon: 3.55 }, '2A004': { lat: 41.92, lon: 8.74 } });
    expect(said(r).filter((d) => d.includes('commune-centres'))).toEqual([
      'warning commune-centres.yaml 1:1 pas de centre pour 2 commune(s) : 63125, 63300',
    ]);
    expect(r.diagnostics.at(-1)?.hint).toBe(
      'ajoutez leurs coordonnées ; leurs pages ne montreront pas les guichets les plus proches',
    );
    const complete = load({ 'orientation.yaml': 'start: a\n', 'commune-centres.yaml': centres }, ['63430']);
    expect(said(complete).filter((d) => d.includes('commune-centres'))).toEqual([]);
  });
});
