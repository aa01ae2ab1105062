/**
 * Reads and checks the shared ceilings file. Errors stop the build; a missing year only warns, and the site
 * then shows the latest year it has, with that year written next to every amount.
 */
import { existsSync } from 'node:fs';
import { readYamlFile, zodIssuesToDiagnostics, type Diagnostic, type YamlFile } from '../diagnostics/index.ts';
import { yearFor } from './ceilings.ts';
import { ceilingsFileSchema, type CeilingsFile } from './schema.ts';
import { PRODUCT_WORDS, ZONES, type YearCeilings } from './words.ts';

/** Where the shared ceilings file lives, relative to the project root. */
export const CEILINGS_FILE = 'data/common/plafonds-ressources.yaml';

/** The ceilings read, and every problem found. */
export interface LoadedCeilings {
  /** Every year of the file, most recent first; absent when the file has errors. */
  years?: YearCeilings[];
  /** The year used on the day of the build. */
  current?: YearCeilings;
  diagnostics: Diagnostic[];
}

/**
 * Loads the ceilings file. `path` is where to read it, `file` the name printed in messages, `today` the day
 * of the build (« AAAA-MM-JJ »): the year of that day must be in the file.
 */
export function loadCeilings(path: string, file: string, today: string): LoadedCeilings {
  if (!existsSync(path))
    return {
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          message: 'le fichier des plafonds de ressources est absent',
          hint: 'remettez data/common/plafonds-ressources.yaml, il est dans le dépôt du projet',
        },
      ],
    };
  const yaml = readYamlFile(path, file);
  if (yaml.syntaxErrors.length) return { diagnostics: yaml.syntaxErrors };
  const parsed = ceilingsFileSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error.issues, yaml) };
  const diagnostics = checkYears(parsed.data, yaml);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const years = [...parsed.data.years].sort((a, b) => b.year - a.year);
  const current = yearFor(years, today);
  diagnostics.push(...currentYearWarnings(years, current, today, yaml));
  return { years, ...(current ? { current } : {}), diagnostics };
}

/** What zod cannot say: years once each, dates of the year, amounts growing with the category. */
function checkYears(data: CeilingsFile, yaml: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: PropertyKey[], message: string, hint: string): Diagnostic => ({
    file: yaml.file,
    ...yaml.locate(['years', ...path]),
    severity: 'error',
    message,
    hint,
  });
  const seen = new Set<number>();
  data.years.forEach((y, i) => {
    if (seen.has(y.year))
      out.push(at([i, 'year'], `l’année ${y.year} est écrite deux fois`, 'gardez un seul bloc par année'));
    seen.add(y.year);
    for (const key of ['validFrom', 'validTo'] as const)
      if (!y[key].startsWith(`${y.year}-`))
        out.push(
          at(
            [i, key],
            `la date ${y[key]} n’est pas dans l’année ${y.year}`,
            'les plafonds valent du 1er janvier au 31 décembre',
          ),
        );
    if (y.validFrom > y.validTo)
      out.push(at([i, 'validTo'], 'la fin de validité est avant le début', 'écrivez validFrom avant validTo'));
    for (const product of ['plus', 'plai'] as const)
      for (const zone of ZONES) {
        const row = y[product]?.[zone];
        if (!row) continue;
        for (let k = 1; k < 6; k++)
          if (row[k]! <= row[k - 1]!)
            out.push(
              at(
                [i, product, zone, k],
                `${PRODUCT_WORDS[product].acronym} ${y.year}, zone ${zone} : la catégorie ${k + 1} (${row[k]}) n’est pas plus haute que la catégorie ${k} (${row[k - 1]})`,
                'les plafonds croissent avec la catégorie : recopiez la ligne depuis l’arrêté',
              ),
            );
      }
  });
  return out;
}

/** Warnings about the year of the build day: absent, or without its PLAI amounts. */
function currentYearWarnings(
  years: YearCeilings[],
  current: YearCeilings | undefined,
  today: string,
  yaml: YamlFile,
): Diagnostic[] {
  const year = Number(today.slice(0, 4));
  const index = (y: YearCeilings | undefined) => (y ? years.indexOf(y) : 0);
  const out: Diagnostic[] = [];
  if (!current || current.year !== year)
    out.push({
      file: yaml.file,
      ...yaml.locate(['years']),
      severity: 'warning',
      message: current
        ? `aucun plafond de ressources pour ${year} : le site montre ceux de ${current.year}, avec leur année`
        : `aucun plafond de ressources pour ${year} ni avant : le site ne montre aucun montant`,
      hint: `ajoutez en haut de « years » le bloc de ${year} : l’arrêté qui modifie celui du 29 juillet 1987 paraît au Journal officiel fin décembre`,
    });
  if (current && !current.plai)
    out.push({
      file: yaml.file,
      ...yaml.locate(['years', index(current), 'plus']),
      severity: 'warning',
      message: `les plafonds PLAI de ${current.year} manquent : le site dit qu’il ne les a pas`,
      hint: 'recopiez l’annexe II de l’arrêté sous « plai », zone par zone, comme « plus »',
    });
  return out;
}
