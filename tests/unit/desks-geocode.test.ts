import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { decideGeocodeResults, geocodeExportCsv, mergeLocations, type Desk } from '../../src/lib/desks/index.ts';

const desks: Desk[] = [
  {
    id: 'tdm',
    name: 'Service Logement',
    kind: 'epci',
    levels: [1, 2],
    street: '12 rue de Barante',
    postcode: '63300',
    city: 'Thiers',
    commune: '63430',
    outsideTerritory: false,
    location: { lat: 45.85, lon: 3.54, precision: 'commune' },
    byAppointment: false,
    audience: 'tous',
    source: 'seed 003',
  },
  {
    id: 'ophis',
    name: 'Ophis',
    kind: 'bailleur',
    levels: [1, 2],
    street: '10 place de la Mutualité',
    postcode: '63300',
    city: 'Thiers',
    commune: '63430',
    outsideTerritory: false,
    location: { lat: 45.85, lon: 3.54, precision: 'commune' },
    byAppointment: false,
    audience: 'tous',
    source: 'seed 003',
  },
  {
    id: 'siao-115',
    name: 'Le 115',
    kind: 'siao',
    levels: [3],
    outsideTerritory: false,
    byAppointment: false,
    audience: 'tous',
    source: 'seed 000',
  },
];

const answer = (rows: Record<string, string>[]) => Papa.unparse(rows);
const row = (id: string, extra: Record<string, string>) => ({
  id,
  adresse: '',
  postcode: '',
  citycode: '',
  latitude: '45.8561',
  longitude: '3.5478',
  result_label: '',
  result_score: '0.93',
  result_type: 'housenumber',
  result_citycode: '63430',
  ...extra,
});

describe('géocodage par lot, sans réseau', () => {
  test('export : une ligne par guichet avec une adresse, au format du géocodeur', () => {
    const csv = geocodeExportCsv(desks);
    expect(csv.split('\n')[0]).toBe('id,adresse,postcode,citycode');
    expect(csv).toContain('tdm,12 rue de Barante 63300 Thiers,63300,63430');
    expect(csv).not.toContain('siao-115');
  });

  test('import : un bon score au numéro près est accepté', () => {
    const [d] = decideGeocodeResults(answer([row('tdm', {})]), desks);
    expect(d).toEqual({
      id: 'tdm',
      line: 2,
      accepted: true,
      location: { lat: 45.8561, lon: 3.5478, precision: 'adresse', score: 0.93 },
    });
  });

  test('import : score trop bas, rue seulement, autre commune, identifiant inconnu : refusés avec la raison', () => {
    const decisions = decideGeocodeResults(
      answer([
        row('tdm', { result_score: '0.42' }),
        row('ophis', { result_type: 'street' }),
        row('ophis', { result_citycode: '63113' }),
        row('inconnu', {}),
        row('tdm', { latitude: '', longitude: '', result_score: '' }),
      ]),
      desks,
    );
    expect(decisions.map((d) => d.accepted)).toEqual([false, false, false, false, false]);
    const reasons = decisions.map((d) => (d.accepted ? '' : d.reason));
    expect(reasons[0]).toBe('score trop bas : 0,42 pour un minimum de 0,7. Vérifiez l’adresse dans desks.yaml');
    expect(reasons[1]).toContain('position trop vague');
    expect(reasons[2]).toContain('autre commune : 63113 au lieu de 63430');
    expect(reasons[3]).toContain('« inconnu »');
    expect(reasons[4]).toContain('adresse non trouvée');
  });

  test('import : un fichier sans les colonnes du géocodeur est refusé en entier', () => {
    expect(() => decideGeocodeResults('id,adresse\ntdm,12 rue\n', desks)).toThrow(
      /colonnes absentes du fichier : latitude, longitude, result_score, result_type/,
    );
  });

  test('fusion : la position est écrite, les commentaires et les autres guichets restent', () => {
    const yaml = `# Guichets\n- id: tdm\n  name: Service Logement\n  # position à géocoder\n  location: { lat: 45.85, lon: 3.54, precision: commune }\n- id: ophis\n  name: Ophis\n  location: { lat: 45.85, lon: 3.54, precision: commune }\n`;
    const out = mergeLocations(yaml, decideGeocodeResults(answer([row('tdm', {})]), desks));
    expect(out).toContain('# Guichets');
    expect(out).toContain('# position à géocoder');
    expect(out).toContain('location: { lat: 45.8561, lon: 3.5478, precision: adresse, score: 0.93 }');
    expect(out).toContain('- id: ophis\n  name: Ophis\n  location: { lat: 45.85, lon: 3.54, precision: commune }');
  });
});
