/** Typology cells as written in published tables. */
import type { Typology } from '../figures/index.ts';

/** Typology from a cell: T1…T4, T5+ (also "T5 et plus", "5+", lower case); undefined otherwise. */
export function parseTypology(raw: string): Typology | undefined {
  const v = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (/^T?[1-4]$/.test(v)) return `T${v.replace('T', '')}` as Typology;
  if (/^T?5( ?\+| ET PLUS| OU PLUS)?$/.test(v) || v === 'T5+') return 'T5+';
  return undefined;
}
