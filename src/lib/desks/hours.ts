import OpeningHours from 'opening_hours';

/** Location given to opening_hours so that "PH" (public holidays) uses the French calendar. */
export const FRENCH_HOLIDAYS_CONTEXT = {
  lat: 46.5,
  lon: 2.5,
  address: { country_code: 'fr', state: '' },
};

/** Parses an opening_hours value; returns the library object or a French error. */
export function parseOpeningHours(value: string): { ok: true; hours: OpeningHours } | { ok: false; error: string } {
  try {
    const hours = new OpeningHours(value, FRENCH_HOLIDAYS_CONTEXT, { locale: 'fr' } as never);
    return { ok: true, hours };
  } catch (e) {
    const detail = String(e).replace(/\s+/g, ' ').trim();
    return { ok: false, error: `horaires illisibles : « ${value} » (${detail.slice(0, 160)})` };
  }
}

/** True when the desk is open at `date` (used by the build tests and the browser "ouvert maintenant"). */
export function isOpenAt(value: string, date: Date): boolean | undefined {
  const parsed = parseOpeningHours(value);
  return parsed.ok ? parsed.hours.getState(date) : undefined;
}
