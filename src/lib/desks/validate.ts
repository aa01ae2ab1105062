import type { Diagnostic, YamlFile } from '../diagnostics/index.ts';
import { zodIssuesToDiagnostics } from '../diagnostics/index.ts';
import { deskEntrySchema, type Desk } from './schema.ts';
import { parseOpeningHours } from './hours.ts';

/** Context needed to check desks against their territory. */
export interface DeskContext {
  /** INSEE codes of the member communes; undefined when the territory itself is invalid (check skipped). */
  memberCodes: ReadonlySet<string> | undefined;
  /** Name of any French commune by code (to say which commune a wrong code is). */
  communeName: (code: string) => string | undefined;
}

/** Validates desks.yaml: schema, opening hours, commune, phone; returns desks and diagnostics. */
export function validateDesks(yaml: YamlFile, ctx: DeskContext): { desks: Desk[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(yaml.data)) {
    diagnostics.push({
      file: yaml.file,
      line: 1,
      column: 1,
      severity: 'error',
      message: 'le fichier doit être une liste de guichets',
      hint: 'commencez chaque guichet par « - id: »',
    });
    return { desks: [], diagnostics };
  }
  // Each desk is checked on its own so that one wrong desk does not hide the problems of the others.
  const valid: { desk: Desk; i: number }[] = [];
  yaml.data.forEach((item: unknown, i: number) => {
    const one = deskEntrySchema.safeParse(item);
    if (one.success) valid.push({ desk: one.data, i });
    else diagnostics.push(...zodIssuesToDiagnostics(one.error.issues, yaml, [i]));
  });
  const at = (i: number, field: string) => ({ file: yaml.file, ...yaml.locate([i, field]) });
  const ids = new Set<string>();
  valid.forEach(({ desk, i }) => {
    if (desk.phone !== undefined && !isFrenchPhone(desk.phone))
      diagnostics.push({
        ...at(i, 'phone'),
        severity: 'error',
        message: `numéro de téléphone « ${desk.phone} » non français`,
        hint: 'écrivez 10 chiffres commençant par 0, par exemple « 04 73 80 90 07 »',
      });
    if (ids.has(desk.id))
      diagnostics.push({
        ...at(i, 'id'),
        severity: 'error',
        message: `identifiant « ${desk.id} » déjà utilisé`,
        hint: 'donnez un identifiant unique à chaque guichet',
      });
    ids.add(desk.id);
    // A text that tells the visitor to call a desk that has no number sends them nowhere.
    if (desk.phone === undefined)
      for (const field of ['hoursNote', 'services', 'audienceNote'] as const) {
        const text = desk[field];
        if (text !== undefined && /\bappel(?:ez|er)\b/i.test(text))
          diagnostics.push({
            ...at(i, field),
            severity: 'warning',
            message: `le guichet « ${desk.name} » n’a pas de numéro de téléphone, mais ce texte dit d’appeler`,
            hint: 'ajoutez son numéro dans « phone », ou dites où se renseigner, par exemple « Demandez à l’accueil de la mairie »',
          });
      }
    if (desk.openingHours !== undefined) {
      const hours = parseOpeningHours(desk.openingHours);
      if (!hours.ok)
        diagnostics.push({
          ...at(i, 'openingHours'),
          severity: 'error',
          message: hours.error,
          hint: 'écrivez les horaires au format opening_hours d’OpenStreetMap, par exemple « Mo-Fr 08:30-12:00,13:30-17:00; PH off »',
        });
    }
    if (desk.commune === undefined) return;
    const name = ctx.communeName(desk.commune);
    if (!name && !ctx.memberCodes?.has(desk.commune)) {
      diagnostics.push({
        ...at(i, 'commune'),
        severity: 'error',
        message: `code commune « ${desk.commune} » inconnu`,
        hint: 'utilisez le code INSEE actuel de la commune, pas le code postal',
      });
    } else if (ctx.memberCodes && !ctx.memberCodes.has(desk.commune) && !desk.outsideTerritory) {
      diagnostics.push({
        ...at(i, 'commune'),
        severity: 'error',
        message: `le guichet « ${desk.name} » est à ${name ?? desk.commune} (${desk.commune}), hors du territoire`,
        hint: 'vérifiez le code INSEE ; si ce guichet sert le territoire depuis l’extérieur, ajoutez « outsideTerritory: true »',
      });
    }
  });
  return { desks: valid.map((v) => v.desk), diagnostics };
}

/** French phone: 10 digits starting with 0 (or +33 and 9 digits), short numbers like 115 or 3919. */
export function isFrenchPhone(value: string): boolean {
  const digits = value.replace(/[\s.\-]/g, '');
  return /^0[1-9]\d{8}$/.test(digits) || /^\+33[1-9]\d{8}$/.test(digits) || /^(1\d{2}|3\d{3})$/.test(digits);
}
