/**
 * Reads the desk-related files of a territory folder besides desks.yaml: orientation.yaml and
 * commune-centres.yaml. Every problem becomes a French diagnostic with its position.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import type { Desk } from './schema.ts';
import type { LatLon } from './nearest.ts';
import type { Orientation } from './orientation-schema.ts';
import { validateOrientation } from './orientation.ts';

/** What the desk pages need beyond the desks themselves. */
export interface DeskExtras {
  /** The "Où aller ?" helper; absent when the territory has no orientation.yaml. */
  orientation?: Orientation;
  /** Approximate centre of each member commune, to find the nearest desks. */
  communeCentres: Record<string, LatLon>;
}

const INSEE_CODE = 'code INSEE attendu : 5 caractères, par exemple 63430 ou 2A004';
const centresSchema = z.record(
  z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: INSEE_CODE }),
  z.tuple([z.number().min(41).max(51.5), z.number().min(-5.5).max(10)], { error: 'attendu : [latitude, longitude]' }),
  // zod reports a wrong key as its own English « Invalid key in record »: the French message is given here.
  { error: (issue) => (issue.code === 'invalid_key' ? INSEE_CODE : undefined) },
);

/** Loads orientation.yaml and commune-centres.yaml of `dir`; `show` turns a path into a display name. */
export function loadDeskExtras(
  dir: string,
  show: (p: string) => string,
  desks: readonly Desk[],
  memberCodes: ReadonlySet<string>,
): { extras: DeskExtras; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const extras: DeskExtras = { communeCentres: {} };
  const orientationFile = join(dir, 'orientation.yaml');
  if (existsSync(orientationFile)) {
    const yaml = readYamlFile(orientationFile, show(orientationFile));
    if (yaml.syntaxErrors.length) diagnostics.push(...yaml.syntaxErrors);
    else {
      const r = validateOrientation(yaml, desks);
      diagnostics.push(...r.diagnostics);
      if (r.orientation) extras.orientation = r.orientation;
    }
  } else {
    diagnostics.push({
      file: show(orientationFile),
      line: 1,
      column: 1,
      severity: 'warning',
      message: 'pas de fichier orientation.yaml : la page « Où aller ? » ne sera pas publiée',
      hint: 'copiez orientation.yaml d’un autre territoire et adaptez-le',
    });
  }
  const centresFile = join(dir, 'commune-centres.yaml');
  if (existsSync(centresFile)) {
    const yaml = readYamlFile(centresFile, show(centresFile));
    const parsed = yaml.syntaxErrors.length ? undefined : centresSchema.safeParse(yaml.data ?? {});
    if (yaml.syntaxErrors.length) diagnostics.push(...yaml.syntaxErrors);
    else if (parsed && !parsed.success) diagnostics.push(...zodIssuesToDiagnostics(parsed.error.issues, yaml));
    else if (parsed?.success) {
      for (const [code, [lat, lon]] of Object.entries(parsed.data)) extras.communeCentres[code] = { lat, lon };
      const missing = [...memberCodes].filter((c) => !(c in extras.communeCentres));
      if (missing.length)
        diagnostics.push({
          file: yaml.file,
          line: 1,
          column: 1,
          severity: 'warning',
          message: `pas de centre pour ${missing.length} commune(s) : ${missing.join(', ')}`,
          hint: 'ajoutez leurs coordonnées ; leurs pages ne montreront pas les guichets les plus proches',
        });
    }
  } else {
    diagnostics.push({
      file: show(centresFile),
      line: 1,
      column: 1,
      severity: 'info',
      message:
        'pas de fichier commune-centres.yaml : les pages des communes ne montreront pas les guichets les plus proches',
      hint: 'écrivez-le avec « npm run geocode -- centres contours-des-communes.geojson »',
    });
  }
  return { extras, diagnostics };
}
