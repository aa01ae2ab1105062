/**
 * The desks that serve a commune: those standing in it, then the nearest registration desks open to
 * everyone. The commune page lists them, and the directory's filter "Où habitez-vous ?" shows the same
 * desks, so that a person living in a commune without a desk still finds where to go.
 */
import type { Desk } from './schema.ts';
import { nearestDesks, type LatLon } from './nearest.ts';

/** Nearest registration desks proposed besides the commune's own. */
const NEAREST_SHOWN = 3;

/** What a commune page and the directory's filter show for one commune. */
export interface CommuneDesks {
  /** Desks standing in the commune, in the input order. */
  here: Desk[];
  /** Nearest registration desks open to everyone, outside the commune, nearest first. */
  nearest: { desk: Desk; km: number }[];
}

/**
 * The desks serving the commune `code`, whose centre is `centre` (without a centre, only its own desks).
 * Searched among every desk, then the commune's own left out: searching only the others would let a desk
 * outside the territory in when the territory's desks all stand in this commune.
 */
export function desksServing(code: string, centre: LatLon | undefined, desks: readonly Desk[]): CommuneDesks {
  const here = desks.filter((d) => d.commune === code);
  const nearest = centre
    ? nearestDesks(centre, desks, { level: 2, limit: NEAREST_SHOWN + here.length, everyoneOnly: true })
        .filter((n) => n.desk.commune !== code)
        .slice(0, NEAREST_SHOWN)
    : [];
  return { here, nearest };
}

/** One choice of "Où habitez-vous ?": a commune of the territory and the desks that serve it. */
export interface HomeCommuneChoice {
  code: string;
  name: string;
  /** The commune page's desk section: the same list, without JavaScript. */
  href: string;
  /** Identifiers of the desks serving the commune. */
  deskIds: string[];
}

/** Every commune of the territory, in alphabetical order, with the desks that serve it. */
export function homeCommuneChoices(
  communes: readonly { code: string; name: string; slug: string }[],
  centres: Readonly<Record<string, LatLon | undefined>>,
  desks: readonly Desk[],
): HomeCommuneChoice[] {
  return [...communes]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((c) => {
      const { here, nearest } = desksServing(c.code, centres[c.code], desks);
      return {
        code: c.code,
        name: c.name,
        href: `/communes/${c.slug}/#guichets`,
        deskIds: [...here, ...nearest.map((n) => n.desk)].map((d) => d.id),
      };
    });
}
