/**
 * From raw RPLS values to the categories we publish (reference/data-formats.md §a.5).
 */
import type { BuildingKind, ConstructionPeriod, EnergyLabel, FinancingFamily, Typology } from '../figures/index.ts';

/** T1…T5+ from NBPIECE (T1 = 1 room, T5+ = 5 or more); undefined when not a positive integer. */
export function typologyOf(rooms: string): Typology | undefined {
  // Stryker disable next-line MethodExpression: equivalent, Number() ignores the spaces around a number too.
  const n = Number(rooms.trim().replace(',', '.'));
  if (!Number.isInteger(n) || n < 1) return undefined;
  return n >= 5 ? 'T5+' : (`T${n}` as Typology);
}

/** Kind of building from TYPECONST(_CODE): C / I / E, or a libellé. Undefined when unknown. */
export function buildingKindOf(value: string): BuildingKind | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'c' || v.startsWith('coll')) return 'collectif';
  if (v === 'i' || v.startsWith('indiv')) return 'individuel';
  if (v === 'e' || v.startsWith('étud') || v.startsWith('etud') || v.includes('étudiant') || v.includes('etudiant'))
    return 'etudiant';
  return undefined;
}

/** Construction period from CONSTRUCT (year of completion). Bounds: seed 003 ("avant 1979", "depuis 2008"). */
export function periodOf(year: string): ConstructionPeriod {
  const y = Number(year.trim().replace(/[.,]0+$/, ''));
  if (!Number.isInteger(y) || y < 1000) return 'inconnue';
  if (y < 1979) return 'avant-1979';
  return y >= 2008 ? 'depuis-2008' : '1979-2007';
}

/**
 * Financing family from FINAN_CODE / FINAN (data-formats.md §a.5, codes validated on the 2025 file):
 * 10 PLA d'intégration and 11 PLA très social → PLAI; 12 PLA ordinaire and 13 PLUS → PLUS; 14 → PLS;
 * 16 → PLI; 50–55 and 99 (HBM, PLR/PSR, HLM/O, ILM, ILN, prêts du CFF, other before 1977) → anciens;
 * 17 PCL, 49 other after 1977, and anything else → autre.
 */
export function financingOf(code: string): FinancingFamily {
  const c = Number(code.trim().replace(/[.,]0+$/, ''));
  if (c === 10 || c === 11) return 'PLAI';
  if (c === 12 || c === 13) return 'PLUS';
  if (c === 14) return 'PLS';
  if (c === 16) return 'PLI';
  if ((c >= 50 && c <= 55) || c === 99) return 'anciens';
  return 'autre';
}

/** Energy label A–G from DPEENERGIE; blank or anything else is `inconnu`. */
export function energyOf(value: string): EnergyLabel {
  const v = value.trim().toUpperCase();
  return /^[A-G]$/.test(v) ? (v as EnergyLabel) : 'inconnu';
}

/** True when the dwelling is in a QPV: QPV 1 (older files) or a non-empty QPV_CODE (DiDo). */
export function inQpv(value: string, rule: 'code-present' | 'one-two'): boolean {
  const v = value.trim();
  if (rule === 'one-two') return v === '1';
  return v !== '' && v !== '0' && v.toLowerCase() !== 'hors qpv';
}
