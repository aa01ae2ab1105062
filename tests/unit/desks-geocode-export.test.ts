/**
 * The geocoder's batch file, row by row, and a BOM at the start of its answer: expected text written by hand.
 * Kills the mutants of the export in src/lib/desks/geocode.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import { decideGeocodeResults, geocodeExportCsv, type Desk } from '../../src/lib/desks/index.ts';

const desk = (part: Partial<Desk>): Desk => ({ levels: [1], audience: 'tous', ...part }) as Desk;

describe('fichier pour le géocodeur par lot', () => {
  it('seuls les guichets avec rue, code postal et commune ; la ville est facultative', () => {
    const csv = geocodeExportCsv([
      desk({ id: 'a', street: '12 rue de Barante', postcode: '63300', city: 'Thiers', commune: '63430' }),
      desk({ id: 'b', street: '1 place de la Mairie', postcode: '63120', commune: '63125' }),
      desk({ id: 'sans-rue', postcode: '63300', city: 'Thiers', commune: '63430' }),
      desk({ id: 'sans-code', street: '3 rue Haute', city: 'Thiers', commune: '63430' }),
      desk({ id: 'sans-commune', street: '3 rue Haute', postcode: '63300', city: 'Thiers' }),
    ]);
    expect(csv).toBe(
      [
        'id,adresse,postcode,citycode',
        'a,12 rue de Barante 63300 Thiers,63300,63430',
        'b,1 place de la Mairie 63120,63120,63125',
        '',
      ].join('\n'),
    );
  });

  it('la réponse peut commencer par une marque d’ordre des octets (BOM)', () => {
    const answer =
      '\uFEFFid,latitude,longitude,result_score,result_type,result_citycode\nx,45.85,3.54,0.95,housenumber,63430\n';
    const [d] = decideGeocodeResults(answer, [desk({ id: 'x', commune: '63430' })]);
    expect(d).toMatchObject({ id: 'x', line: 2, accepted: true });
  });
});
