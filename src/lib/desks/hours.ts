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
    // The library's own text mixes languages and internal words: only the place it stopped is kept.
    const stop = /^(.*?)\s*<---/.exec(String(e).replace(/\s+/g, ' ').trim())?.[1];
    const where = stop && value.startsWith(stop) ? `, erreur après « ${stop} »` : '';
    return { ok: false, error: `horaires illisibles : « ${value} »${where}${hoursAdvice(value)}` };
  }
}

/** The usual mistakes of people writing hours by hand, said in French. */
function hoursAdvice(value: string): string {
  if (/\b(lu|ma|me|je|ve|di|lun|mar|mer|jeu|ven|sam|dim)\b/i.test(value))
    return ' : les jours s’écrivent en anglais, Mo Tu We Th Fr Sa Su';
  if (/\d\s*h\s*\d*/i.test(value)) return ' : les heures s’écrivent avec deux-points, par exemple 08:30';
  if (/\b(2[4-9]|[3-9]\d):/.test(value)) return ' : une heure va de 00:00 à 24:00';
  return '';
}

/** True when the desk is open at `date` (used by the build tests and the browser "ouvert maintenant"). */
export function isOpenAt(value: string, date: Date): boolean | undefined {
  const parsed = parseOpeningHours(value);
  return parsed.ok ? parsed.hours.getState(date) : undefined;
}
