/**
 * A small territory written by a test into a temporary folder, for the in-process tests of the dataset
 * (src/lib/dataset): CC Terre de Camargue (3 communes: 30003 Aigues-Mortes, 30133 Le Grau-du-Roi,
 * 30276 Saint-Laurent-d'Aigouze), a territory.yaml with the given sources, and the files written as given.
 * Test code only: the expected figures stay written by hand in each test.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadTerritory, type Territory } from '../../src/lib/territory/index.ts';

/** The three member communes, sorted by code. */
export const CAMARGUE = ['30003', '30133', '30276'] as const;

/** One dwelling of the regional RPLS layout: commune, rooms, kind (C/I/E), surface, year, financing, DPE, QPV (1/2). */
export interface Dwelling {
  code: string;
  rooms: number;
  kind?: string;
  surface?: string;
  year?: string;
  financing?: string;
  dpe?: string;
  qpv?: string;
}

/** A regional RPLS CSV (one line per dwelling). */
export function rplsCsv(dwellings: Dwelling[]): string {
  const header =
    'REG;DEP;LIBDEP;DEPCOM;CODEPOSTAL;LIBCOM;QPV;TYPECONST;NBPIECE;SURFHAB;CONSTRUCT;LOCAT;FINAN;DPEENERGIE;DPESERRE';
  const lines = dwellings.map((d) =>
    [
      '76',
      '30',
      'GARD',
      d.code,
      '30220',
      'COMMUNE',
      d.qpv ?? '2',
      d.kind ?? 'C',
      String(d.rooms),
      d.surface ?? '50,0',
      d.year ?? '1990',
      '1991',
      d.financing ?? '13',
      d.dpe ?? 'C',
      '',
    ].join(';'),
  );
  return [header, ...lines].join('\n') + '\n';
}

/** A demand row of the project's table: [code, typology, demandes, mutations, attributions, mutations, délai]. */
export type DemandLine = [string, string, string | number, string | number, string | number, string | number, string];

/** The project's demand table (demande-projet). */
export function demandCsv(millesime: number, rows: DemandLine[]): string {
  const header =
    'millesime;code_commune;nom_commune;typologie;demandes;demandes_mutation;attributions;attributions_mutation;delai_moyen_mois';
  return [header, ...rows.map(([code, ...rest]) => [millesime, code, 'Commune', ...rest].join(';'))].join('\n') + '\n';
}

/** territory.yaml with the given `sources:` block (YAML lines, already indented) and extra settings. */
export function territoryYaml(sources: string[], extra: string[] = []): string {
  return (
    [
      'name: Terre de Camargue',
      'kind: EPCI',
      'siren: "243000650"',
      'siteUrl: https://logement.example.fr/',
      'abnormalDelay:',
      '  months: 24',
      '  reference: arrêté préfectoral de test',
      'portals:',
      '  - name: Portail national',
      '    url: https://www.demande-logement-social.gouv.fr/',
      '    description: Le site national pour faire votre demande.',
      'contact:',
      '  name: Service Logement',
      '  address: 1 rue de Test, 30220 Aigues-Mortes',
      '  phone: 04 00 00 00 00',
      'publisher:',
      '  name: Communauté de communes',
      '  address: 1 rue de Test, 30220 Aigues-Mortes',
      '  director: Le président',
      '  host: Hébergeur de test',
      'accessibility:',
      '  status: non conforme',
      ...extra,
      ...(sources.length ? ['sources:', ...sources] : []),
    ].join('\n') + '\n'
  );
}

/** Writes a territory `slug` with its files (paths relative to the territory folder); returns it loaded. */
export function writeTerritory(
  files: Record<string, string>,
  root: string = mkdtempSync(join(tmpdir(), 'dataset-')),
  slug = 'camargue',
): Territory {
  const dir = join(root, slug);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = loadTerritory(slug, { territoriesDir: root });
  if (!r.territory) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return r.territory;
}

/** A source entry of territory.yaml. */
export function source(kind: string, file: string, millesime: number, more: string[] = []): string[] {
  return [`  - kind: ${kind}`, `    file: ${file}`, `    millesime: ${millesime}`, ...more.map((l) => `    ${l}`)];
}
