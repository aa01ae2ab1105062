/**
 * The territory.yaml of a starter site: what the official lists and the national file say of one EPCI or
 * EPT, nothing invented. What only the intercommunality knows (desks, cotation grid, demand figures, host
 * of the site, addresses) is left out, and the site says so.
 */
import { departementName } from '../territory/index.ts';

/** One intercommunality to write. */
export interface StarterTerritory {
  siren: string;
  /** Official name, e.g. « CC Thiers Dore et Montagne ». */
  name: string;
  /** EPCI or EPT (the `kind` of territory.yaml). */
  kind: 'EPCI' | 'EPT';
  /** Départements of the member communes. */
  departements: string[];
  /** Those the national file did not cover (a partial file): the site is refused by `check`. */
  uncovered?: string[];
}

/** A source already in the folder or being written: the RPLS file, or the SDES results (`indicateurs`). */
export interface StarterSource {
  kind: 'rpls' | 'indicateurs';
  file: string;
  millesime: number;
}

/** Options of the generated settings. */
export interface StarterOptions {
  /** Public address of the site, `{siren}` replaced by the SIREN. */
  siteUrl: string;
}

/** Placeholder address: a reserved domain (RFC 2606) that never leads anywhere, until the real one is known. */
export const DEFAULT_SITE_URL = 'https://{siren}.logement-social.invalid/';

const quote = (s: string) => JSON.stringify(s);

/** Abbreviations of the official list, written out for the public (FALC: no abbreviation). */
const PREFIXES: [RegExp, string][] = [
  [/^CC /, 'Communauté de communes '],
  [/^CA /, 'Communauté d’agglomération '],
  [/^CU /, 'Communauté urbaine '],
];

/** Full name and short name of an intercommunality from its official name (« CC Thiers Dore et Montagne »). */
export function publicNames(official: string): { name: string; shortName: string } {
  for (const [re, full] of PREFIXES)
    if (re.test(official)) return { name: official.replace(re, full), shortName: official.replace(re, '') };
  return { name: official, shortName: official };
}

/** « du Puy-de-Dôme », « des préfets du Puy-de-Dôme et de l’Allier »… said simply: the département names. */
function prefectureWords(departements: string[]): string {
  const names = departements.map((d) => departementName(d) ?? d);
  return names.length === 1 ? `du préfet (${names[0]})` : `des préfets (${names.join(', ')})`;
}

/** The territory.yaml text of a starter site. */
export function starterYaml(t: StarterTerritory, sources: StarterSource[], options: StarterOptions): string {
  const url = options.siteUrl.replaceAll('{siren}', t.siren);
  // « name » follows « à » and « de » on the pages (« Demander un logement social à Thiers Dore et Montagne »):
  // the short form; the legal name is the publisher's.
  const { name, shortName } = publicNames(t.name);
  const lines = [
    `# Site de départ de ${name}, fait avec le fichier national RPLS (npm run national -- decouper).`,
    '# Les communes membres viennent du SIREN (découpage administratif officiel) : ne les recopiez pas.',
    '# Pour le compléter : ajoutez les guichets (desks.yaml), la grille de cotation (cotation.yaml), le tableau',
    '# des demandes (sources), l’adresse du site, l’hébergeur et le contact, avec l’interface d’édition /admin/',
    '# ou dans ce fichier. Tant que ce fichier n’est pas modifié, une nouvelle découpe peut le réécrire ;',
    '# dès qu’il est modifié, elle le garde tel quel et ne change que le fichier RPLS.',
    `name: ${quote(shortName)}`,
    `kind: ${t.kind}`,
    `siren: ${quote(t.siren)}`,
    '# Adresse publique du site : à remplacer par l’adresse réelle avant la mise en ligne.',
    `siteUrl: ${quote(url)}`,
    '# Site de départ : chaque page le dit, et dit ce que l’intercommunalité peut ajouter.',
    'starter: true',
    ...(t.uncovered?.length
      ? [
          '# Le fichier découpé ne couvrait pas ces départements : leurs communes seraient à 0 logement.',
          '# check refuse de construire ce site ; découpez de nouveau avec le fichier national entier.',
          `uncoveredDepartements: [${t.uncovered.map(quote).join(', ')}]`,
        ]
      : []),
    'demo: false',
    'abnormalDelay:',
    `  reference: ${quote(`arrêté ${prefectureWords(t.departements)}, pas encore indiqué ici`)}`,
    'portals:',
    '  - name: Portail national de la demande de logement social',
    '    url: https://www.demande-logement-social.gouv.fr/',
    '    description: Le site de l’État pour faire et suivre votre demande en ligne.',
    '# Adresse, téléphone et courriel du service logement : à ajouter.',
    'contact:',
    `  name: ${quote(name)}`,
    '# Mentions légales : adresse du siège, directeur de la publication et hébergeur à ajouter.',
    'publisher:',
    `  name: ${quote(name)}`,
    'secrecyThreshold: 5',
    'accessibility: {}',
    'sources:',
    ...[...sources]
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.millesime - b.millesime)
      .flatMap((s) =>
        s.kind === 'rpls'
          ? [
              '  - kind: rpls',
              `    file: ${quote(s.file)}`,
              `    millesime: ${s.millesime}`,
              `    origin: ${quote(`SDES, répertoire des logements locatifs des bailleurs sociaux (RPLS) au 1er janvier ${s.millesime}`)}`,
            ]
          : [
              '  - kind: indicateurs',
              `    file: ${quote(s.file)}`,
              `    millesime: ${s.millesime}`,
              '    preset: sdes-communes',
              `    origin: ${quote(`SDES, résultats RPLS au 1er janvier ${s.millesime}`)}`,
            ],
      ),
  ];
  return `${lines.join('\n')}\n`;
}
