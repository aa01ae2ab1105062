import { describe, expect, test } from 'vitest';
import { conformityStatus, legalGaps, territorySchema } from '../../src/lib/territory/index.ts';
import { parseConformanceResults, sameMeasure, totalErrors } from '../../src/lib/conformance/index.ts';

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
