/**
 * The one reader of declared tables: finds the mapped columns by their header text, keeps the rows the
 * mapping keeps, resolves the commune (by code or by name) and the typology (a column, or one column per
 * typology), and hands each logical row to the caller. Every problem is a positioned French diagnostic.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import type { Typology } from '../figures/index.ts';
import type { RawValue } from '../indicators/index.ts';
import { expectation, matchesPattern, type FieldDeclaration } from '../opendata/index.ts';
import { CommuneMatcher, nearest, parseDecimal, readTable, type Progress, type ReadSummary } from '../sources/index.ts';
import { communeName } from '../territory/index.ts';
import { headerKey, hintsOf, matchColumn } from './header.ts';
import { CommuneNames } from './names.ts';
import type { TableMapping } from './presets.ts';
import { parseTypology } from './typology.ts';

/** A figure the caller wants from the table. */
export interface FieldSpec {
  /** Name in `mapping.fields` (the project's column name). */
  name: string;
  /** What it is, for messages. */
  meaning: string;
  /** Missing column is an error (else the figure is simply absent). */
  required: boolean;
  /** Given once per typology when typologies are columns. */
  perTypology?: boolean;
}

/** One logical row: a commune, a typology when the table has them, the raw text of each field. */
export interface MappedRow {
  line: number;
  /** Current INSEE code of a member commune. */
  code: string;
  /** Code or name as written, for duplicate checks. */
  raw: string;
  typology?: Typology;
  /** Raw text of a field, undefined when its column is absent. */
  text(field: string): string | undefined;
  /** 1-based column of a field. */
  column(field: string): number;
  /** A count or rate cell: number, 'source' when hidden by the producer, undefined after an error (reported). */
  value(field: string): number | 'source' | undefined;
  /** Extra columns by header text (history columns), as raw text. */
  extra: Record<string, string>;
}

/** Options of a mapped read. */
export interface MappedReadOptions {
  display: string;
  communes: Iterable<string>;
  millesime: number;
  onProgress?: (p: Progress) => void;
  /** Extra header names to hand over as they are (e.g. `tx_mob_2019`). */
  extraColumns?: (header: string) => boolean;
  /** SIREN of the territory: its own row (`territoryFrom` of the mapping) is handed over as `TERRITORY_ROW`. */
  territoryCode?: string;
}

/** Code of the territory's own row, handed over by `readMapped` (mapping `territoryFrom`). */
export const TERRITORY_ROW = 'territoire';

/** Summary of a mapped read. */
export interface MappedReadResult {
  diagnostics: Diagnostic[];
  /** Rows handed over. */
  matched: number;
  summary: ReadSummary;
}

/** Reads a table with a mapping and hands every kept row to `onRow`. */
export async function readMapped(
  path: string,
  mapping: TableMapping,
  fields: readonly FieldSpec[],
  options: MappedReadOptions,
  onRow: (row: MappedRow, say: Say) => void,
): Promise<MappedReadResult> {
  const sheets = mapping.sheet ?? [undefined];
  let result: MappedReadResult | undefined;
  for (const [i, sheet] of sheets.entries()) {
    result = await readOnce(path, mapping, fields, options, sheet, onRow);
    const missingSheet = result.diagnostics.some((d) => d.line === 0 && d.message.startsWith('la feuille '));
    if (!missingSheet || i === sheets.length - 1) break;
  }
  return result!;
}

/** Reports one problem at a place of the file. */
export type Say = (
  severity: Diagnostic['severity'],
  line: number,
  column: number,
  message: string,
  hint?: string,
) => void;

async function readOnce(
  path: string,
  mapping: TableMapping,
  fields: readonly FieldSpec[],
  options: MappedReadOptions,
  sheet: string | undefined,
  onRow: (row: MappedRow, say: Say) => void,
): Promise<MappedReadResult> {
  const matcher = new CommuneMatcher(options.communes);
  const members = [...matcher.members];
  let names: CommuneNames | undefined;
  const diagnostics: Diagnostic[] = [];
  const say: Say = (severity, line, column, message, hint) =>
    diagnostics.push({ file: options.display, line, column, severity, message, ...(hint ? { hint } : {}) });
  const schema = mapping.schema;
  const declared = (name: string): FieldDeclaration | undefined => schema?.fields.find((f) => f.name === name);
  // The project's table accepts exactly the markers of its declaration; a declared mapping, its own markers.
  const hidden = schema
    ? new Set(schema.missingValues ?? [''])
    : mapping.hidden
      ? new Set(mapping.hidden.map(headerKey))
      : undefined;
  const hiddenKey = (raw: string) => (schema ? raw : headerKey(raw));
  const yearField = declared('millesime');
  const typologyColumns =
    mapping.typology && 'columns' in mapping.typology
      ? (Object.entries(mapping.typology.columns) as [Typology, string][])
      : undefined;
  const col = new Map<string, number>();
  const extras: [string, number][] = [];
  let keepCol = -1,
    yearCol = -1,
    codeCol = -1,
    nameCol = -1,
    typologyCol = -1;
  let matched = 0;
  const seen = new Map<string, number>();
  // Communes read from the row of another level (Paris from its département row in the DRIHL socle).
  const fromRows = mapping.communeFrom ?? [];
  const replaced = new Set(fromRows.map((f) => f.commune));
  // Every column title the mapping names, so that the header is the line naming the most of them (a group
  // line « Demandes | Attributions » above « Demandes T1 | Demandes T2 … » names fewer).
  const hints = hintsOf([
    ...(mapping.commune.code ?? []),
    ...(mapping.commune.name ?? []),
    ...(mapping.millesime ?? []),
    ...(mapping.keep?.column ?? []),
    ...(mapping.typology && 'column' in mapping.typology ? mapping.typology.column : []),
    ...Object.values(mapping.fields)
      .flat()
      .flatMap((t) => (t.includes('{t}') ? (typologyColumns ?? []).map(([, label]) => t.replace('{t}', label)) : [t])),
  ]);

  const summary = await readTable(
    path,
    {
      display: options.display,
      headerHints: hints,
      ...(mapping.headerRow !== undefined ? { headerRow: mapping.headerRow } : {}),
      ...(sheet ? { sheet } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    {
      header(headers, line, columnOf) {
        let ok = true;
        const others = (known: string[]) => headers.filter((h) => h.trim() !== '' && !known.includes(headerKey(h)));
        // Texts whose « * » matched several columns: already reported, not « introuvable » as well.
        const ambiguous = new Set<string[]>();
        const missing = (texts: string[], meaning: string, canonicalName?: string) => {
          ok = false;
          if (ambiguous.has(texts)) return;
          const allTexts = [
            ...(mapping.commune.code ?? []),
            ...(mapping.commune.name ?? []),
            ...Object.values(mapping.fields).flat(),
          ].map(headerKey);
          const close = nearest(
            texts[0]!,
            others(allTexts),
            mapping.canonical ? 6 : Math.max(3, Math.ceil(texts[0]!.length / 2)),
          );
          const at = close ? columnOf(headers.indexOf(close)) : 1;
          const where =
            mapping.headerRow && line !== mapping.headerRow
              ? ` La ligne des titres attendue est la ligne ${mapping.headerRow}.`
              : '';
          if (mapping.canonical) {
            say(
              'error',
              line,
              at,
              `colonne « ${texts[0]} » absente (${meaning}) : le fichier ne suit pas ${mapping.label}`,
              close
                ? `la colonne « ${close} » est-elle la même ? Renommez-la « ${canonicalName ?? texts[0]} »`
                : `ajoutez la colonne « ${canonicalName ?? texts[0]} » : voir docs/donnees.md`,
            );
          } else {
            say(
              'error',
              line,
              at,
              `colonne « ${texts.join(' » ou « ')} » introuvable (${meaning}) dans ${mapping.label}`,
              (close
                ? `la colonne « ${close} » est-elle la même ? Corrigez « mapping » de cette source dans territory.yaml`
                : `colonnes du fichier : ${others([]).slice(0, 8).join(', ')}`) + where,
            );
          }
        };
        const find = (texts: string[] | undefined) => {
          if (!texts) return -1;
          const m = matchColumn(headers, texts);
          if (m.ambiguous) {
            ok = false;
            ambiguous.add(texts);
            say(
              'error',
              line,
              columnOf(headers.indexOf(m.ambiguous.headers[0]!)),
              `plusieurs colonnes commencent par « ${m.ambiguous.text.trimEnd().slice(0, -1).trimEnd()} » : « ${m.ambiguous.headers.join(' » et « ')} »`,
              'écrivez le titre entier de la bonne colonne dans « mapping » de cette source dans territory.yaml',
            );
          }
          return m.index;
        };
        if (mapping.millesime) {
          yearCol = find(mapping.millesime);
          if (yearCol < 0) missing(mapping.millesime, 'année des chiffres', 'millesime');
        }
        codeCol = find(mapping.commune.code);
        nameCol = codeCol >= 0 ? -1 : find(mapping.commune.name);
        if (codeCol < 0 && nameCol < 0) {
          if (mapping.commune.code) missing(mapping.commune.code, 'code INSEE de la commune', 'code_commune');
          else if (mapping.commune.name) missing(mapping.commune.name, 'nom de la commune');
          else {
            ok = false;
            say(
              'error',
              line,
              1,
              `${mapping.label} ne dit pas quelle colonne donne la commune`,
              'ajoutez « commune: { code: … } » ou « commune: { name: … } » à « mapping » dans territory.yaml',
            );
          }
        }
        if (nameCol >= 0) names = new CommuneNames(members);
        if (mapping.keep) {
          keepCol = find(mapping.keep.column);
          if (keepCol < 0)
            missing(mapping.keep.column, `niveau géographique, pour garder les lignes « ${mapping.keep.equals} »`);
        }
        if (mapping.typology && 'column' in mapping.typology) {
          typologyCol = find(mapping.typology.column);
          if (typologyCol < 0) missing(mapping.typology.column, 'taille du logement demandé ou attribué', 'typologie');
        }
        for (const f of fields) {
          const texts = mapping.fields[f.name];
          if (!texts) {
            if (f.required) {
              ok = false;
              say(
                'error',
                line,
                1,
                `${mapping.label} ne dit pas quelle colonne donne « ${f.name} » (${f.meaning})`,
                `ajoutez « ${f.name}: <titre de la colonne> » sous « fields » dans territory.yaml`,
              );
            }
            continue;
          }
          if (f.perTypology && typologyColumns) {
            for (const [t, label] of typologyColumns) {
              const each = texts.map((x) => x.replace('{t}', label));
              const i = find(each);
              if (i >= 0) col.set(`${f.name}|${t}`, i);
              else if (f.required || mapping.fields[f.name]) missing(each, `${f.meaning}, ${t}`);
            }
            continue;
          }
          const i = find(texts);
          if (i >= 0) col.set(f.name, i);
          else if (f.required) missing(texts, f.meaning, f.name);
        }
        if (options.extraColumns)
          headers.forEach((h, i) => {
            if (options.extraColumns!(h.trim())) extras.push([h.trim(), i]);
          });
        if (!ok) return false;
        const ignoreOthers = mapping.otherCommunes === 'ignore' || keepCol >= 0;
        const accept =
          keepCol >= 0 || !ignoreOthers
            ? undefined
            : codeCol >= 0
              ? (v: string) => matcher.accepts(v) || matcher.match(v).kind === 'unknown'
              : undefined;
        return accept ? { filter: { column: codeCol, accept } } : {};
      },
      row(values, line, columnOf) {
        const isLevel = (levels: readonly string[]) =>
          levels.some((l) => headerKey(values[keepCol] ?? '') === headerKey(l));
        const territoryRow =
          keepCol >= 0 &&
          codeCol >= 0 &&
          options.territoryCode !== undefined &&
          isLevel(mapping.territoryFrom ?? []) &&
          values[codeCol]!.trim() === options.territoryCode;
        const from = territoryRow
          ? TERRITORY_ROW
          : keepCol >= 0 && codeCol >= 0
            ? fromRows.find(
                (f) => headerKey(values[keepCol] ?? '') === headerKey(f.level) && values[codeCol]!.trim() === f.code,
              )?.commune
            : undefined;
        if (!from && keepCol >= 0 && headerKey(values[keepCol] ?? '') !== headerKey(mapping.keep!.equals)) return;
        if (yearCol >= 0) {
          const year = parseDecimal(values[yearCol]!);
          const [min, max] = [yearField?.minimum ?? 2000, yearField?.maximum ?? 2100];
          if (year === undefined || !Number.isInteger(year) || year < min || year > max) {
            say(
              'error',
              line,
              columnOf(yearCol),
              `millésime « ${values[yearCol]} » incorrect`,
              yearField ? expectation(schema!, yearField) : 'une année sur 4 chiffres est attendue, par exemple 2023',
            );
            return;
          }
          if (year !== options.millesime) return;
        }
        const place = resolveCommune(values, line, columnOf, from);
        if (!place) return;
        const rowsOf: { typology?: Typology; key: (f: string) => string }[] = [];
        if (typologyCol >= 0) {
          const t = parseTypology(values[typologyCol]!);
          if (!t) {
            say(
              'error',
              line,
              columnOf(typologyCol),
              `typologie « ${values[typologyCol]} » inconnue`,
              declared('typologie')
                ? expectation(schema!, declared('typologie')!)
                : 'valeurs attendues : T1, T2, T3, T4, T5+',
            );
            return;
          }
          rowsOf.push({ typology: t, key: (f) => f });
        } else if (typologyColumns) {
          for (const [t] of typologyColumns)
            rowsOf.push({ typology: t, key: (f) => (col.has(`${f}|${t}`) ? `${f}|${t}` : f) });
        } else rowsOf.push({ key: (f) => f });
        const extra = Object.fromEntries(extras.map(([h, i]) => [h, values[i] ?? '']));
        for (const r of rowsOf) {
          const keyOf = (f: string) => (col.has(f) ? (values[col.get(f)!] ?? '').trim() : '');
          const dup = `${place.raw}|${r.typology ?? ''}|${(mapping.rowKey ?? []).map(keyOf).join('|')}`;
          const first = seen.get(dup);
          if (first !== undefined) {
            say(
              'error',
              line,
              1,
              mapping.rowKey
                ? `ligne en double : mêmes ${['commune', 'typologie', ...mapping.rowKey].map((f) => `« ${f} »`).join(', ')} qu’à la ligne ${first}`
                : r.typology
                  ? `ligne en double : même commune, même typologie et même millésime qu’à la ligne ${first}`
                  : `ligne en double : même commune qu’à la ligne ${first}`,
              mapping.rowKey
                ? 'gardez une seule ligne par typologie et par tranche de points'
                : r.typology
                  ? 'gardez une seule ligne par commune et par typologie'
                  : 'gardez une seule ligne par commune',
            );
            return;
          }
          seen.set(dup, line);
        }
        for (const r of rowsOf) {
          const idx = (f: string) => col.get(r.key(f)) ?? -1;
          matched++;
          onRow(
            {
              line,
              code: place.code,
              raw: place.raw,
              ...(r.typology ? { typology: r.typology } : {}),
              extra,
              text: (f) => (idx(f) >= 0 ? (values[idx(f)] ?? '') : undefined),
              column: (f) => (idx(f) >= 0 ? columnOf(idx(f)) : 1),
              value: (f) => {
                const i = idx(f);
                if (i < 0) return 'source';
                const raw = (values[i] ?? '').trim();
                const n = parseDecimal(raw);
                if (n !== undefined) return n;
                if (hidden && raw !== '' && !hidden.has(hiddenKey(raw))) {
                  say(
                    'error',
                    line,
                    columnOf(i),
                    `valeur « ${raw} » dans « ${f} » : ni un nombre, ni une marque de secret`,
                    declared(f)
                      ? expectation(schema!, declared(f)!)
                      : `marques permises : ${mapping.hidden!.map((h) => `« ${h} »`).join(', ')}`,
                  );
                  return undefined;
                }
                return 'source';
              },
            },
            say,
          );
        }
      },
    },
  );
  diagnostics.unshift(...summary.diagnostics);
  return { diagnostics, matched, summary };

  function resolveCommune(
    values: string[],
    line: number,
    columnOf: (i: number) => number,
    from?: string,
  ): { code: string; raw: string } | undefined {
    if (from === TERRITORY_ROW) return { code: TERRITORY_ROW, raw: TERRITORY_ROW };
    // A table of the whole territory (the positioning table) names it with a word, not a commune code.
    if (codeCol >= 0 && mapping.territoryRows?.some((w) => headerKey(w) === headerKey(values[codeCol] ?? '')))
      return { code: TERRITORY_ROW, raw: TERRITORY_ROW };
    if (codeCol >= 0) {
      const rawCode = from ?? values[codeCol]!.trim();
      const at = columnOf(codeCol);
      const m = matcher.match(rawCode);
      // A commune read from another row: its own rows and its arrondissements' are left aside.
      if (!from && keepCol >= 0 && m.kind !== 'outside' && m.kind !== 'unknown' && replaced.has(m.code))
        return undefined;
      if (m.kind === 'outside') {
        if (mapping.otherCommunes === 'ignore' || keepCol >= 0) return undefined;
        say(
          'error',
          line,
          at,
          `la commune ${rawCode} ${communeName(rawCode) ?? ''} n’est pas dans le territoire`.replace('  ', ' '),
          'corrigez le code commune, ou retirez la ligne si elle concerne une autre intercommunalité',
        );
        return undefined;
      }
      if (m.kind === 'unknown') {
        const close = nearest(rawCode, members, 2);
        const codeField = declared('code_commune');
        // A code that is not even well formed (a 0 lost by a spreadsheet, a letter O): quote the schema too.
        const malformed =
          codeField && !matchesPattern(codeField, rawCode) ? capitalize(expectation(schema!, codeField)) : '';
        say(
          'error',
          line,
          at,
          `code commune « ${rawCode} » inconnu`,
          [
            close
              ? `la commune connue la plus proche est ${close} ${communeName(close) ?? ''}`.trim()
              : 'un code INSEE de 5 caractères d’une commune du territoire est attendu',
            malformed,
          ]
            .filter(Boolean)
            .join('. '),
        );
        return undefined;
      }
      if (m.kind === 'merged')
        say(
          'info',
          line,
          at,
          `code ${m.from} d’une ancienne commune : compté avec la commune actuelle ${m.code} ${communeName(m.code) ?? ''}`.trim(),
        );
      return { code: m.code, raw: rawCode };
    }
    const rawName = values[nameCol]!.trim();
    const at = columnOf(nameCol);
    const m = names!.match(rawName);
    if (m.kind === 'member') return { code: m.code, raw: m.code };
    if (m.kind === 'outside') {
      if (mapping.otherCommunes !== 'ignore' && keepCol < 0)
        say(
          'error',
          line,
          at,
          `la commune « ${rawName} » n’est pas dans le territoire`,
          'corrigez le nom de la commune, ou retirez la ligne si elle concerne une autre intercommunalité',
        );
      return undefined;
    }
    if (m.kind === 'ambiguous') {
      say(
        'error',
        line,
        at,
        `nom de commune « ${rawName} » ambigu : ${m.candidates.join(' ou ')}`,
        'ajoutez le département entre parenthèses, par exemple « Saint-Denis (93) », ou donnez le code INSEE',
      );
      return undefined;
    }
    say(
      'error',
      line,
      at,
      `commune « ${rawName} » inconnue`,
      m.closest.length
        ? `communes proches du territoire : ${m.closest.join(', ')}`
        : 'le nom officiel de la commune est attendu',
    );
    return undefined;
  }
}

export type { RawValue };

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
