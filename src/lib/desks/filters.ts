/**
 * The directory's filters: one static page per level, commune and audience, so that filtering works
 * as plain links without JavaScript. The browser filter uses the same values (data attributes).
 */
import type { Desk, DeskLevel } from './schema.ts';
import { AUDIENCE_LABELS, LEVEL_LABELS } from './labels.ts';

/** One filter value and its static page. */
export interface DeskFilter {
  /** Page segment, e.g. "niveau-2", "commune-63430", "public-salaries". */
  slug: string;
  /** What is filtered. */
  group: 'niveau' | 'commune' | 'public';
  /** Value written in the desk's data attribute (level, INSEE code or audience). */
  value: string;
  /** Words for the link and the page title. */
  label: string;
  /**
   * Where the no-JavaScript link goes: a member commune's own page already lists its desks, so only
   * levels, audiences and communes outside the territory get a page under /guichets/.
   */
  href: string;
}

/**
 * Words of the "Pour qui" filter. "Tous" reads as a restriction here ("desks open to everyone"), so that
 * it never repeats the form's own "no filter" choice.
 */
export function audienceFilterLabel(audience: Desk['audience']): string {
  return audience === 'tous' ? 'Ouverts à tout le monde' : AUDIENCE_LABELS[audience];
}

/** Name of the commune where a desk stands: the member commune's name, else the desk's town. */
export function deskCommuneName(desk: Desk, communes: readonly { code: string; name: string }[]): string | undefined {
  return communes.find((c) => c.code === desk.commune)?.name ?? desk.city;
}

/** Every filter that selects at least one desk, in display order. */
export function deskFilters(
  desks: readonly Desk[],
  communes: readonly { code: string; name: string; slug: string }[],
): DeskFilter[] {
  const levels = ([1, 2, 3] as DeskLevel[]).filter((l) => desks.some((d) => d.levels.includes(l)));
  const byCommune = new Map<string, string>();
  for (const d of desks) if (d.commune) byCommune.set(d.commune, deskCommuneName(d, communes) ?? d.commune);
  const found = (Object.keys(AUDIENCE_LABELS) as Desk['audience'][]).filter((a) => desks.some((d) => d.audience === a));
  // One audience only: its filter would show the whole list again.
  const audiences = found.length > 1 ? found : [];
  const page = (slug: string) => `/guichets/${slug}/`;
  return [
    ...levels.map((l) => ({
      slug: `niveau-${l}`,
      group: 'niveau' as const,
      value: String(l),
      label: LEVEL_LABELS[l],
      href: page(`niveau-${l}`),
    })),
    ...[...byCommune.entries()]
      .sort((a, b) => a[1].localeCompare(b[1], 'fr'))
      .map(([code, name]) => {
        const member = communes.find((c) => c.code === code);
        return {
          slug: `commune-${code}`,
          group: 'commune' as const,
          value: code,
          label: name,
          href: member ? `/communes/${member.slug}/#guichets` : page(`commune-${code}`),
        };
      }),
    ...audiences.map((a) => ({
      slug: `public-${a}`,
      group: 'public' as const,
      value: a,
      label: audienceFilterLabel(a),
      href: page(`public-${a}`),
    })),
  ];
}

/** True when the desk passes the filter. */
export function matchesFilter(desk: Desk, filter: Pick<DeskFilter, 'group' | 'value'>): boolean {
  if (filter.group === 'niveau') return desk.levels.includes(Number(filter.value) as DeskLevel);
  if (filter.group === 'commune') return desk.commune === filter.value;
  return desk.audience === filter.value;
}
