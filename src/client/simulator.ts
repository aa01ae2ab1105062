/**
 * Cotation simulator island. Reads the grid embedded in the page, walks the applicant through the steps,
 * and shows the explanation of the cotation module, rendered by its one result renderer. A step passed
 * with unanswered questions first says so on that step, with the points at stake. Nothing typed leaves
 * the page: no request, no storage.
 */
import {
  escapeHtml,
  evaluate,
  evaluateCondition,
  pointsWord,
  positionLines,
  resultHtml,
  type Answers,
  type Condition,
  type Grid,
  type PositioningView,
  type WaitingData,
} from '../lib/cotation/browser.ts';

const root = document.getElementById('simulateur');
if (root) start(root);

/** The visitor's current month, « 2025-03 »: the waiting time is counted up to today. */
function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function start(root: HTMLElement): void {
  const grid = JSON.parse(document.getElementById('cotation-grid')!.textContent!) as Grid;
  const ui = JSON.parse(document.getElementById('cotation-ui')!.textContent!) as {
    waiting?: WaitingData;
    positioning?: PositioningView;
  };
  /** The total of the last result, for the position among the other demands. */
  let points: number | undefined;
  const form = root.querySelector('form')!;
  const steps = [...root.querySelectorAll<HTMLElement>('.sim-step')];
  const result = root.querySelector<HTMLElement>('#resultat')!;
  const today = thisMonth();
  const touched = new Set<number>();
  const warned = new Set<number>();
  let current = 0;
  root.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-without-js]').forEach((el) => (el.hidden = true));

  const field = (name: string) => form.querySelector<HTMLInputElement & HTMLSelectElement>(`[name="${name}"]`)!;
  const answers = (): Answers => {
    const out: Answers = {};
    for (const q of grid.questions) {
      const inputs = [...form.querySelectorAll<HTMLInputElement>(`[name="${q.id}"]`)];
      if (q.kind === 'yesno') out[q.id] = inputs[0]!.checked;
      else if (q.kind === 'number') out[q.id] = inputs[0]!.value === '' ? undefined : Number(inputs[0]!.value);
      else if (q.kind === 'choice') out[q.id] = inputs.find((i) => i.checked)?.value;
      else if (q.kind === 'multi') out[q.id] = inputs.filter((i) => i.checked).map((i) => i.value);
      else {
        const month = field(`${q.id}-mois`).value;
        const year = field(`${q.id}-annee`).value;
        out[q.id] = month && /^\d{4}$/.test(year) ? `${year}-${month}` : undefined;
      }
    }
    return out;
  };
  /** Answers of the visible questions only: a hidden question is « not concerned ». */
  const visibleAnswers = (): Answers => {
    const a = answers();
    const hidden = new Set(
      [...root.querySelectorAll<HTMLElement>('[data-ask-if]')]
        .filter((el) => el.hidden)
        .map((el) => el.dataset.question),
    );
    return Object.fromEntries(Object.entries(a).filter(([id]) => !hidden.has(id))) as Answers;
  };

  /** Shows a question only when its askIf holds, in the words that fit the household. */
  const refreshVisibility = () => {
    const a = answers();
    root.querySelectorAll<HTMLElement>('[data-ask-if]').forEach((el) => {
      el.hidden = evaluateCondition(JSON.parse(el.dataset.askIf!) as Condition, a).value !== true;
    });
    root.querySelectorAll<HTMLElement>('[data-label-if]').forEach((el) => {
      const v = JSON.parse(el.dataset.labelIf!) as { label: string; labelIf: { when: Condition; text: string }[] };
      el.textContent = v.labelIf.find((x) => evaluateCondition(x.when, a).value === true)?.text ?? v.label;
    });
  };

  /** Shows or clears the French message of one field; returns true when the field is right. */
  const check = (id: string, input: HTMLInputElement, message: string | undefined) => {
    const error = document.getElementById(`erreur-${id}`)!;
    error.hidden = !message;
    error.textContent = message ?? '';
    input.setAttribute('aria-invalid', String(Boolean(message)));
    return !message;
  };

  /** Checks the numbers and dates of a step; focuses the first wrong field. */
  const validStep = (step: HTMLElement): boolean => {
    let first: HTMLInputElement | undefined;
    for (const q of grid.questions) {
      const box = step.querySelector<HTMLElement>(`[data-question="${q.id}"]`);
      if (!box || box.hidden) continue;
      let input: HTMLInputElement | undefined;
      let message: string | undefined;
      if (q.kind === 'number') {
        input = field(q.id);
        if (!input.checkValidity()) message = `Écrivez un nombre entier entre ${input.min} et ${input.max}.`;
      } else if (q.kind === 'month') {
        input = field(`${q.id}-annee`);
        const month = field(`${q.id}-mois`).value;
        const year = input.value;
        if (year && (!input.checkValidity() || !/^\d{4}$/.test(year)))
          message = `Écrivez une année à 4 chiffres, à partir de ${input.min}.`;
        else if (month && year && `${year}-${month}` > today)
          message = 'Cette date est dans le futur. Choisissez le mois de votre demande.';
        else if (Boolean(month) !== Boolean(year)) message = 'Choisissez le mois et écrivez l’année.';
      }
      if (input && !check(q.id, input, message)) first ??= input;
    }
    first?.focus();
    return !first;
  };

  /** Questions of the step still unanswered, with the points they may add. */
  const unanswered = (step: HTMLElement) => {
    const ids = new Set(
      [...step.querySelectorAll<HTMLElement>('[data-question]')]
        .filter((el) => !el.hidden)
        .map((el) => el.dataset.question!),
    );
    const a = visibleAnswers();
    const stakes = new Map(evaluate(grid, a, { today }).missing.map((m) => [m.id, m.atStake]));
    return grid.questions
      .filter((q) => ids.has(q.id) && a[q.id] === undefined && q.kind !== 'yesno' && q.kind !== 'multi')
      .map((q) => ({ label: q.label, stake: stakes.has(q.id) ? stakes.get(q.id) : 0 }));
  };

  /** Says on the step what is left blank; true when the person may go on (nothing blank, or already told). */
  const mayLeave = (index: number): boolean => {
    const step = steps[index]!;
    const box = step.querySelector<HTMLElement>('[data-step-message]')!;
    const blank = unanswered(step);
    if ((touched.has(index) && !blank.length) || warned.has(index)) {
      box.hidden = true;
      return true;
    }
    const lines = blank.map(
      (b) =>
        `<li>« ${escapeHtml(b.label)} » ${b.stake === undefined ? 'Cette réponse peut vous donner des points.' : b.stake ? `Cette réponse peut vous donner jusqu’à ${pointsWord(b.stake)}.` : ''}</li>`,
    );
    box.innerHTML =
      (touched.has(index)
        ? '<p>Vous n’avez pas répondu à ces questions :</p>'
        : '<p>Vous n’avez rien répondu sur cette étape.</p>') +
      (lines.length ? `<ul>${lines.join('')}</ul>` : '') +
      '<p>Vous pouvez répondre. Si vous ne savez pas, ou si rien ne vous concerne, cliquez encore sur le bouton pour continuer.</p>';
    box.hidden = false;
    warned.add(index);
    box.focus();
    return false;
  };

  const show = (index: number) => {
    steps.forEach((s, i) => (s.hidden = i !== index));
    result.hidden = true;
    current = index;
    steps[index]!.querySelector<HTMLElement>('h2')!.focus();
  };

  const showResult = () => {
    const r = evaluate(grid, visibleAnswers(), { today });
    result.querySelector('[data-result]')!.innerHTML = resultHtml(r);
    points = r.total;
    if (ui.waiting) showWaiting(root, ui.waiting, ui.positioning, points);
    steps.forEach((s) => (s.hidden = true));
    result.hidden = false;
    result.querySelector<HTMLElement>('h2')!.focus();
  };

  const onEdit = (event: Event) => {
    const index = steps.findIndex((s) => s.contains(event.target as Node));
    if (index >= 0) {
      touched.add(index);
      warned.delete(index);
    }
    refreshVisibility();
  };
  root.addEventListener('change', onEdit);
  root.addEventListener('input', onEdit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!validStep(steps[current]!) || !mayLeave(current)) return;
    if (current < steps.length - 1) show(current + 1);
    else showResult();
  });
  if (ui.waiting) {
    const waiting = ui.waiting;
    const update = () => showWaiting(root, waiting, ui.positioning, points);
    root.querySelectorAll('select[data-waiting]').forEach((s) => s.addEventListener('change', update));
    update();
  }
  root.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'back') show(current - 1);
    else if (action === 'restart') show(0);
    else if (action === 'print') window.print();
  });
  refreshVisibility();
}

/**
 * Shows the answer of the chosen commune and size, written at build time with the site's own words, and
 * where the result's points stand among the demands of that size (lib/cotation/positioning.ts).
 */
function showWaiting(
  root: HTMLElement,
  w: WaitingData,
  positioning: PositioningView | undefined,
  points: number | undefined,
): void {
  const place = root.querySelector<HTMLSelectElement>('[data-waiting="place"]')!;
  const typology = root.querySelector<HTMLSelectElement>('[data-waiting="typology"]')!.value;
  const t = w.texts[place.value]?.[typology];
  root.querySelector('[data-waiting="text"]')!.textContent = t
    ? [t.headline, t.pressure].filter(Boolean).join(' ')
    : '';
  const box = root.querySelector<HTMLElement>('[data-position]');
  if (!box || points === undefined) return;
  // Text nodes only: every sentence is text, never markup.
  box.replaceChildren(
    ...positionLines(positioning, typology as Parameters<typeof positionLines>[1], points).map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}
