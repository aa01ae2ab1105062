import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { foreignEntries, readYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { validateDesks, loadDeskExtras, type Desk, type DeskExtras } from '../desks/index.ts';
import { communeName, communesOf, findGroup, type Commune } from './communes.ts';
import { territorySchema, type TerritorySettings } from './schema.ts';
import { legalDiagnostics } from './legal.ts';

/** Default folder of territories, relative to the project root. */
export const TERRITORIES_DIR = 'data/territories';
/** Territory built when none is named. */
export const DEFAULT_TERRITORY = 'thiers-dore-montagne';

/** A territory's folder name: lower-case letters, digits and hyphens, so it can never lead elsewhere. */
export const isTerritorySlug = (slug: string): boolean => /^[a-z0-9-]+$/.test(slug);

/** A validated territory: its settings, member communes from the COG, and desks. */
export interface Territory {
  /** Folder name, e.g. "thiers-dore-montagne". */
  slug: string;
  /** Absolute path of the territory folder. */
  dir: string;
  settings: TerritorySettings;
  /** Official name of the EPCI/EPT in the COG (may differ in form from settings.name). */
  officialName: string;
  /** Member communes, sorted by name. */
  communes: Commune[];
  /** Départements of the member communes. */
  departements: string[];
  desks: Desk[];
  /** Orientation helper and commune centres (desks module). */
  deskExtras: DeskExtras;
}

/** Options to load a territory from another folder (tests use fixtures). */
export interface LoadOptions {
  /** Folder holding one sub-folder per territory. */
  territoriesDir?: string;
  /** Base for file names printed in messages (default: the paths as given). */
  displayRoot?: string;
}

/** Result of loading: the territory when no error was found, and every diagnostic. */
export interface LoadResult {
  territory?: Territory;
  diagnostics: Diagnostic[];
}

/** Loads and validates `data/territories/<slug>/` (territory.yaml and desks.yaml). */
export function loadTerritory(slug: string, options: LoadOptions = {}): LoadResult {
  const root = options.territoriesDir ?? TERRITORIES_DIR;
  const show = (p: string) => (options.displayRoot ? relative(options.displayRoot, p) || p : p);
  const dir = join(root, slug);
  if (!isTerritorySlug(slug) || !existsSync(join(dir, 'territory.yaml'))) {
    const known = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'territory.yaml'))) : [];
    return {
      diagnostics: [
        {
          file: show(dir),
          line: 1,
          column: 1,
          severity: 'error',
          message: `territoire « ${slug} » introuvable`,
          hint: `territoires disponibles : ${known.join(', ') || 'aucun'} ; créez le dossier avec un fichier territory.yaml`,
        },
      ],
    };
  }
  // Before any file is read: a link out of the folder would publish another territory's or the machine's
  // files, and a pipe or a device would make the read never end.
  const foreign = foreignEntries(dir);
  if (foreign.length)
    return {
      diagnostics: foreign.map(({ path, kind }) => ({
        file: show(join(dir, path)),
        line: 1,
        column: 1,
        severity: 'error' as const,
        message:
          kind === 'link'
            ? 'lien symbolique vers un fichier hors du dossier du territoire, ou vers un fichier absent'
            : 'ce n’est pas un fichier ordinaire (tube, prise ou périphérique) : sa lecture ne finirait pas',
        hint:
          kind === 'link'
            ? 'remplacez le lien par une copie du fichier, rangée dans le dossier du territoire'
            : 'supprimez-le et mettez à sa place un vrai fichier',
      })),
    };
  const file = join(dir, 'territory.yaml');
  const yaml = readYamlFile(file, show(file));
  if (yaml.syntaxErrors.length) return { diagnostics: yaml.syntaxErrors };
  const parsed = territorySchema.safeParse(yaml.data ?? {});
  const diagnostics: Diagnostic[] = parsed.success
    ? legalDiagnostics(parsed.data, yaml)
    : zodIssuesToDiagnostics(parsed.error.issues, yaml);
  const siren = (yaml.data as { siren?: unknown } | undefined)?.siren;
  const group = typeof siren === 'string' ? findGroup(siren) : undefined;
  if (typeof siren === 'string' && /^\d{9}$/.test(siren) && !group) {
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate(['siren']),
      severity: 'error',
      message: `SIREN ${siren} inconnu : aucun EPCI ni EPT ne porte ce numéro dans le découpage administratif actuel`,
      hint: 'recopiez le SIREN de l’intercommunalité depuis la base BANATIC ou l’annuaire Service-Public',
    });
  }
  const kind = (yaml.data as { kind?: unknown } | undefined)?.kind;
  if (group && (kind === 'EPT') !== (group.type === 'EPT')) {
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate(['kind']),
      severity: 'error',
      message: `le SIREN ${String(siren)} est celui de « ${group.name} » (${group.type}), pas d’un ${String(kind)}`,
      hint: group.type === 'EPT' ? 'écrivez « kind: EPT »' : 'écrivez « kind: EPCI »',
    });
  }
  const communes = group ? communesOf(String(siren)) : [];
  const memberCodes = group ? new Set(communes.map((c) => c.code)) : undefined;
  const desks = loadDesks(dir, show, memberCodes, diagnostics);
  const { extras: deskExtras, diagnostics: extraDiagnostics } = loadDeskExtras(
    dir,
    show,
    desks,
    memberCodes ?? new Set(),
  );
  diagnostics.push(...extraDiagnostics);
  if (parsed.success && parsed.data.starter) starterGaps(diagnostics);
  if (parsed.success) uncovered(parsed.data.uncoveredDepartements, communes, yaml, diagnostics);
  if (!parsed.success || !group || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    territory: {
      slug,
      dir,
      settings: parsed.data,
      officialName: group.name,
      communes,
      departements: [...new Set(communes.map((c) => c.departement))].sort(),
      desks,
      deskExtras,
    },
    diagnostics,
  };
}

/**
 * A starter site split from a file that did not cover all its départements: its communes there would be
 * published with 0 social home, which is false. One error per département, so nothing is built.
 */
function uncovered(
  departements: readonly string[],
  communes: readonly { code: string; departement: string }[],
  yaml: { file: string; locate: (path: (string | number)[]) => { line: number; column: number } },
  diagnostics: Diagnostic[],
): void {
  for (const dep of departements) {
    const count = communes.filter((c) => c.departement === dep).length;
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate(['uncoveredDepartements']),
      severity: 'error',
      message: `le fichier RPLS découpé ne couvrait pas le département ${dep} : ${count > 1 ? `ses ${count} communes du territoire y seraient publiées` : 'sa commune du territoire y serait publiée'} sans aucun logement social, ce qui est faux`,
      hint: 'découpez de nouveau avec le fichier national entier (npm run national -- decouper), qui couvre tous les départements',
    });
  }
}

/** Files a starter site has not got yet, by the start of the message that says each one is missing. */
const STARTER_GAPS = [
  'aucun fichier de guichets',
  'pas de fichier orientation.yaml',
  'pas de fichier commune-centres.yaml',
];

/**
 * On a starter site, a missing desk, orientation or commune-centre file is the expected state, and its pages
 * say so: the notice becomes an information, which says who adds the file.
 */
function starterGaps(diagnostics: Diagnostic[]): void {
  for (const [i, d] of diagnostics.entries())
    if (STARTER_GAPS.some((m) => d.message.startsWith(m)))
      diagnostics[i] = {
        ...d,
        severity: 'info',
        message: `site de départ : ${d.message}`,
        hint: d.hint ? `l’intercommunalité l’ajoutera ; ${d.hint}` : 'l’intercommunalité l’ajoutera',
      };
}

function loadDesks(
  dir: string,
  show: (p: string) => string,
  memberCodes: Set<string> | undefined,
  out: Diagnostic[],
): Desk[] {
  const file = join(dir, 'desks.yaml');
  if (!existsSync(file)) {
    out.push({
      file: show(file),
      line: 1,
      column: 1,
      severity: 'warning',
      message: 'aucun fichier de guichets',
      hint: 'créez desks.yaml avec au moins un guichet d’enregistrement',
    });
    return [];
  }
  const yaml = readYamlFile(file, show(file));
  if (yaml.syntaxErrors.length) {
    out.push(...yaml.syntaxErrors);
    return [];
  }
  const { desks, diagnostics } = validateDesks(yaml, { memberCodes, communeName });
  out.push(...diagnostics);
  if (desks.length && !desks.some((d) => d.levels.includes(2)))
    out.push({
      file: yaml.file,
      line: 1,
      column: 1,
      severity: 'warning',
      message: 'aucun guichet d’enregistrement (niveau 2) sur le territoire',
      hint: 'ajoutez au moins un guichet où l’on peut déposer une demande',
    });
  return desks;
}
