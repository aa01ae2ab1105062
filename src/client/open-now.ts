/**
 * "Ouvert maintenant" for each desk card: computed in the visitor's browser with the same code as the
 * build (src/lib/desks/schedule.ts), from the week written in the card's data-schedule attribute.
 */
import { openStateAt, type OpenState, type WeeklySchedule } from '../lib/desks/browser.ts';

const WORDS: Record<OpenState, string> = {
  ouvert: 'Ouvert maintenant',
  ferme: 'Fermé maintenant',
  'rendez-vous': 'Sur rendez-vous en ce moment',
};

for (const el of document.querySelectorAll<HTMLElement>('[data-schedule]')) {
  const state = openStateAt(JSON.parse(el.dataset.schedule ?? '{}') as WeeklySchedule, new Date());
  if (!state) continue;
  el.textContent = WORDS[state];
  el.dataset.state = state;
  el.hidden = false;
}
