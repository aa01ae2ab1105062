import { readYamlFile, zodIssuesToDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { glossarySchema, type GlossaryEntry } from './schema.ts';

/** Default place of the glossary, relative to the project root. */
export const GLOSSARY_FILE = 'content/glossaire.yaml';

/** Reads and validates the glossary; entries are empty when the file is invalid. */
export function loadGlossary(file: string, display = file): { entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const yaml = readYamlFile(file, display);
  if (yaml.syntaxErrors.length) return { entries: [], diagnostics: yaml.syntaxErrors };
  const parsed = glossarySchema.safeParse(yaml.data);
  if (!parsed.success) return { entries: [], diagnostics: zodIssuesToDiagnostics(parsed.error.issues, yaml) };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  parsed.data.forEach((e, i) => {
    if (seen.has(e.id))
      diagnostics.push({
        file: display,
        ...yaml.locate([i, 'id']),
        severity: 'error',
        message: `identifiant « ${e.id} » écrit deux fois`,
        hint: 'chaque entrée du glossaire a son propre identifiant',
      });
    seen.add(e.id);
  });
  return { entries: parsed.data, diagnostics };
}

/** Acronyms the glossary explains: every all-capital form. */
export function acronymsOf(entries: readonly GlossaryEntry[]): Set<string> {
  return new Set(entries.flatMap((e) => [e.term, ...e.forms]).filter((f) => /^\p{Lu}{2,}$/u.test(f)));
}

/**
 * The words of each acronym whose glossary definition spells them out: « DALO veut dire droit au logement
 * opposable. » gives DALO → « droit au logement opposable ». The FALC check wants these words on a page
 * before the acronym (RLS 6.4).
 */
export function acronymWords(entries: readonly GlossaryEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const m = /^(\p{Lu}{2,}) veut dire ([^.]+)\./u.exec(e.definition);
    if (m) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}
