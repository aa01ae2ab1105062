/**
 * The FALC sentences of a desk (what you can do there, whom it serves, where it is) and of the directory,
 * written by hand. Kills the mutants of src/lib/desks/labels.ts (npm run test:mutation).
 */
import { describe, expect, it } from 'vitest';
import {
  appointmentText,
  askBeforeComing,
  atCommune,
  directorySummary,
  mainLevel,
  outsideTerritoryText,
  whatYouCanDo,
  whoItServes,
  type Desk,
} from '../../src/lib/desks/index.ts';

const d = (part: Partial<Desk>) => ({ levels: [1], audience: 'tous', kind: 'epci', ...part }) as Desk;

describe('phrases d’un guichet', () => {
  it('ce qu’on peut y faire : le texte écrit, sinon selon le niveau', () => {
    expect(whatYouCanDo(d({ levels: [1, 2], services: 'Accueil et dépôt.' }))).toBe('Accueil et dépôt.');
    expect(whatYouCanDo(d({ levels: [1, 2, 3] }))).toBe('Vous pouvez y déposer votre demande de logement social.');
    expect(whatYouCanDo(d({ levels: [1, 3] }))).toBe('Une personne peut vous aider dans vos démarches.');
    expect(whatYouCanDo(d({ levels: [1] }))).toBe('Vous pouvez y poser vos questions sur le logement social.');
  });

  it('le niveau qui range le guichet : le dépôt d’abord, puis l’accompagnement', () => {
    expect(mainLevel({ levels: [1, 2, 3] })).toBe(2);
    expect(mainLevel({ levels: [3, 1] })).toBe(3);
    expect(mainLevel({ levels: [1] })).toBe(1);
  });

  it('« à », « au », « aux » devant le nom de la commune', () => {
    expect(atCommune('Thiers')).toBe('à Thiers');
    expect(atCommune('Le Raincy')).toBe('au Raincy');
    expect(atCommune('Les Pavillons-sous-Bois')).toBe('aux Pavillons-sous-Bois');
    expect(atCommune('Lempdes')).toBe('à Lempdes');
    expect(atCommune('Lesparre')).toBe('à Lesparre');
  });

  it('pour qui, et un guichet hors du territoire', () => {
    expect(whoItServes({ audience: 'tous' })).toBe('Il reçoit tout le monde.');
    expect(whoItServes({ audience: 'locataires' })).toBe('Il reçoit seulement les locataires d’un logement social.');
    expect(outsideTerritoryText(d({ outsideTerritory: false, city: 'Vichy' }))).toBeUndefined();
    expect(outsideTerritoryText(d({ outsideTerritory: true, city: 'Le Puy-en-Velay', audience: 'salaries' }))).toBe(
      'Ce guichet est au Puy-en-Velay, hors du territoire. Il reçoit seulement les salariés des entreprises privées.',
    );
    expect(outsideTerritoryText(d({ outsideTerritory: true }))).toBe(
      'Ce guichet est hors du territoire. Il reçoit tout le monde.',
    );
  });
});

describe('phrase de l’annuaire', () => {
  const hours = 'Mo-Fr 09:00-12:00';
  const phone = '04 73 80 90 07';
  it('les horaires ne sont promis que si chaque guichet avec un accueil les a', () => {
    expect(directorySummary([d({ openingHours: hours, phone }), d({ kind: 'siao' })])).toBe(
      'Les adresses, les téléphones et les horaires des guichets.',
    );
    expect(directorySummary([d({ openingHours: hours, phone }), d({})])).toBe(
      'Les adresses et les téléphones des guichets. Les horaires quand nous les connaissons.',
    );
    // The hours of a phone service (siao) count for nothing: it has no counter.
    expect(directorySummary([d({ phone }), d({ kind: 'siao', openingHours: hours })])).toBe(
      'Les adresses et les téléphones des guichets. Appelez avant de venir.',
    );
  });
  it('les téléphones ne sont promis que si un guichet avec un accueil en a un ; sinon, pas de « Appelez »', () => {
    expect(directorySummary([d({ openingHours: hours }), d({ kind: 'siao', phone: '115' })])).toBe(
      'Les adresses et les horaires des guichets.',
    );
    expect(directorySummary([d({ openingHours: hours }), d({})])).toBe(
      'Les adresses des guichets. Les horaires quand nous les connaissons.',
    );
    expect(directorySummary([d({}), d({ kind: 'siao', phone: '115' })])).toBe(
      'Les adresses des guichets. Renseignez-vous avant de venir.',
    );
    // No desk at all (a starter site): no address is promised, the card says where to ask instead.
    expect(directorySummary([])).toBe('Où demander : votre mairie, ou le portail national.');
  });
});

describe('avant de venir à un guichet sans horaires connus', () => {
  it('« Appelez » seulement avec un numéro ; sinon l’e-mail, le site ou la mairie', () => {
    expect(askBeforeComing(d({ phone: '04 73 80 90 07', email: 'a@b.fr' }))).toEqual({
      text: 'Appelez avant de venir :',
      reach: { kind: 'phone', value: '04 73 80 90 07' },
    });
    expect(askBeforeComing(d({ email: 'logement@mairie.fr', website: 'https://mairie.fr/' }))).toEqual({
      text: 'Écrivez à ce guichet avant de venir :',
      reach: { kind: 'email', value: 'logement@mairie.fr' },
    });
    expect(askBeforeComing(d({ website: 'https://mairie.fr/' }))).toEqual({
      text: 'Regardez ses horaires sur son site avant de venir :',
      reach: { kind: 'website', value: 'https://mairie.fr/' },
    });
    expect(askBeforeComing(d({ kind: 'mairie' }))).toEqual({
      text: 'Demandez ses horaires à l’accueil de la mairie avant de venir.',
    });
    expect(askBeforeComing(d({ kind: 'bailleur' }))).toEqual({
      text: 'Demandez ses horaires à la mairie de votre commune avant de venir.',
    });
  });
  it('un guichet sur rendez-vous : « Appelez » seulement avec un numéro', () => {
    expect(appointmentText(d({ phone: '115' }))).toBe('Sur rendez-vous seulement. Appelez pour avoir un rendez-vous.');
    expect(appointmentText(d({}))).toBe('Sur rendez-vous seulement. Demandez un rendez-vous avant de venir.');
  });
});
