import { describe, expect, test } from 'vitest';
import { conformityStatus, legalGaps, territorySchema } from '../../src/lib/territory/index.ts';
import { parseConformanceResults, ruleSetsText, sameMeasure, totalErrors } from '../../src/lib/conformance/index.ts';

const audit = (criteriaMet: number, criteriaApplicable: number) => ({
  nonCompliant: [],
  derogations: [],
  exempt: [],
  audit: { date: '2026-06-01', auditor: 'Cabinet test', criteriaMet, criteriaApplicable },
});

describe('état de conformité : la règle du RGAA', () => {
  test('sans audit, non conforme, même si les tests automatiques passent', () => {
    expect(conformityStatus({ nonCompliant: [], derogations: [], exempt: [] })).toBe('non conforme');
  });
  test('tous les critères : totalement ; au moins la moitié : partiellement ; moins : non conforme', () => {
    expect(conformityStatus(audit(50, 50))).toBe('totalement conforme');
    expect(conformityStatus(audit(49, 50))).toBe('partiellement conforme');
    expect(conformityStatus(audit(25, 50))).toBe('partiellement conforme');
    expect(conformityStatus(audit(24, 50))).toBe('non conforme');
  });
});

describe('mentions légales', () => {
  const base = {
    name: 'T',
    kind: 'EPCI',
    siren: '200023372',
    siteUrl: 'https://x.example.org/',
    abnormalDelay: { reference: 'r' },
    portals: [{ name: 'P', url: 'https://p.example.org/', description: 'd' }],
    contact: { name: 'S', address: 'A' },
    publisher: { name: 'N', address: 'A' },
  };
  test('il manque l’hébergeur, le directeur de la publication et un moyen de contact', () => {
    const s = territorySchema.parse(base);
    expect(legalGaps(s).map((g) => g.path.join('.'))).toEqual(['publisher.host', 'publisher.director', 'contact']);
  });
  test('rien ne manque quand tout est donné', () => {
    const s = territorySchema.parse({
      ...base,
      contact: { ...base.contact, email: 'a@b.fr' },
      publisher: { ...base.publisher, director: 'La présidente', host: 'Hébergeur, 1 rue X, 01 00 00 00 00' },
    });
    expect(legalGaps(s)).toEqual([]);
  });
});

describe('résultats mesurés (conformance.json)', () => {
  const text = JSON.stringify(
    {
      date: '2026-11-30',
      browser: 'Chromium 140',
      pages: 3,
      engines: [{ package: 'vnu-jar', version: '26.9.27', checked: 5, errors: 0, notices: { a: 1, b: 2 } }],
    },
    null,
    2,
  );
  test('un fichier correct est lu ; deux mesures identiques à une date près sont la même mesure', () => {
    const { results } = parseConformanceResults('conformance.json', text);
    expect(results && totalErrors(results)).toBe(0);
    expect(results && sameMeasure(results, { ...results, date: '2027-01-01' })).toBe(true);
    expect(results && sameMeasure(results, { ...results, pages: 4 })).toBe(false);
    // A new build of the same browser version, or the same counts in another order: the same measure.
    expect(results && sameMeasure(results, { ...results, browser: 'Chromium 140.0.9999.1' })).toBe(true);
    expect(results && sameMeasure(results, { ...results, browser: 'Chromium 141.0.1.1' })).toBe(false);
    const reordered = results && {
      ...results,
      engines: results.engines.map((e) => ({
        ...e,
        notices: Object.fromEntries(Object.entries(e.notices).reverse()),
      })),
    };
    expect(results && reordered && sameMeasure(results, reordered)).toBe(true);
  });
  test('un fichier sans ensembles de règles en a une liste vide ; une règle de plus est une autre mesure', () => {
    const { results } = parseConformanceResults('conformance.json', text);
    expect(results?.engines[0]?.rules).toEqual([]);
    const withRules = results && {
      ...results,
      engines: results.engines.map((e) => ({ ...e, rules: ['wcag2a', 'wcag2aa'] })),
    };
    const with22 = withRules && {
      ...withRules,
      engines: withRules.engines.map((e) => ({ ...e, rules: [...e.rules, 'wcag22aa'] })),
    };
    expect(withRules && with22 && sameMeasure(withRules, with22)).toBe(false);
    const read = parseConformanceResults('conformance.json', JSON.stringify(with22));
    expect(read.results?.engines[0]?.rules).toEqual(['wcag2a', 'wcag2aa', 'wcag22aa']);
  });
  test('un fichier faux est signalé avec sa ligne', () => {
    const { results, diagnostics } = parseConformanceResults(
      'conformance.json',
      text.replace('"errors": 0', '"errors": -1'),
    );
    expect(results).toBeUndefined();
    expect(diagnostics[0]?.file).toBe('conformance.json');
    expect(diagnostics[0]?.line).toBeGreaterThan(1);
  });
});

describe('ensembles de règles vérifiés, écrits pour la déclaration', () => {
  test('les étiquettes d’axe-core des WCAG 2.0, 2.1 et 2.2 aux niveaux A et AA : une seule phrase', () => {
    expect(ruleSetsText(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])).toBe(
      'WCAG 2.0, 2.1 et 2.2 niveaux A et AA',
    );
  });
  test('des versions aux niveaux différents : une phrase par groupe de niveaux, dans l’ordre des versions', () => {
    expect(ruleSetsText(['wcag22aa', 'wcag2aa', 'wcag2a', 'wcag21a', 'wcag21aa'])).toBe(
      'WCAG 2.0 et 2.1 niveaux A et AA, WCAG 2.2 niveau AA',
    );
    expect(ruleSetsText(['wcag21a', 'wcag2aaa', 'wcag2a'])).toBe('WCAG 2.0 niveaux A et AAA, WCAG 2.1 niveau A');
  });
  test('un nom qui n’est pas une étiquette de niveau est écrit tel quel, une seule fois ; rien donne une phrase vide', () => {
    expect(ruleSetsText(['WCAG2AA'])).toBe('WCAG2AA');
    expect(ruleSetsText(['wcag2a', 'best-practice', 'wcag2a', 'best-practice'])).toBe(
      'WCAG 2.0 niveau A, best-practice',
    );
    expect(ruleSetsText(['wcag2a-obsolete'])).toBe('wcag2a-obsolete');
    expect(ruleSetsText([])).toBe('');
  });
});
