/**
 * Cotation simulator island. Reads the grid embedded in the page, walks the applicant through the steps,
 * and shows the engine's own explanation lines. Nothing typed leaves the page: no request, no storage.
 * Imports the engine files directly (not src/lib/cotation/index.ts) so that zod, yaml and node: never
 * reach the browser bundle.
 */
import { evaluate, type CotationResult } from '../lib/cotation/engine.ts';
import { evaluateCondition } from '../lib/cotation/conditions.ts';
import type { Answers, Condition, Grid } from '../lib/cotation/schema.ts';
import { formatDecimal, formatInteger } from '../lib/format/index.ts';
import type { WaitingData } from '../components/cotation/waiting-data.ts';

const root = document.getElementById('simulateur');
if (root) start(root);

function start(root: HTMLElement): void {
  const grid = JSON.parse(document.getElementById('cotation-grid')!.textContent!) as Grid;
  const ui = JSON.parse(document.getElementById('cotation-ui')!.textContent!) as { caveats: string[]; validation: Record<string, string>; waiting?: WaitingData };
  const form = root.querySelector('form')!;
  const steps = [...root.querySelectorAll<HTMLElement>('.sim-step')];
  const result = root.querySelector<HTMLElement>('#resultat')!;
  let current = 0;
  root.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-without-js]').forEach((el) => (el.hidden = true));

  const answers = (): Answers => {
    const out: Answers = {};
    for (const q of grid.questions) {
      const inputs = [...form.querySelectorAll<HTMLInputElement>(`[name="${q.id}"]`)];
      if (q.kind === 'yesno') out[q.id] = inputs[0]!.checked;
      else if (q.kind === 'number') out[q.id] = inputs[0]!.value === '' ? undefined : Number(inputs[0]!.value);
      else if (q.kind === 'choice') out[q.id] = inputs.find((i) => i.checked)?.value;
      else out[q.id] = inputs.filter((i) => i.checked).map((i) => i.value);
    }
    return out;
  };

  /** Shows a question only when its askIf holds; a hidden question counts as « not concerned ». */
  const refreshVisibility = () => {
    const a = answers();
    root.querySelectorAll<HTMLElement>('[data-ask-if]').forEach((el) => {
      const cond = JSON.parse(el.dataset.askIf!) as Condition;
      el.hidden = evaluateCondition(cond, a).value !== true;
    });
  };

  /** Checks the numbers of a step; shows a French message next to the first wrong field. */
  const validStep = (step: HTMLElement): boolean => {
    let ok = true;
    step.querySelectorAll<HTMLInputElement>('input[type="number"]').forEach((input) => {
      const error = document.getElementById(`erreur-${input.name}`)!;
      const visible = !input.closest<HTMLElement>('.question')!.hidden;
      const bad = visible && !input.checkValidity();
      error.hidden = !bad;
      input.setAttribute('aria-invalid', String(bad));
      if (bad) {
        error.textContent = `Écrivez un nombre entier entre ${input.min} et ${input.max}.`;
        if (ok) input.focus();
        ok = false;
      }
    });
    return ok;
  };

  const show = (index: number) => {
    steps.forEach((s, i) => (s.hidden = i !== index));
    result.hidden = true;
    current = index;
    steps[index]!.querySelector<HTMLElement>('h2')!.focus();
  };

  root.addEventListener('change', refreshVisibility);
  if (ui.waiting) {
    const waiting = ui.waiting;
    const update = () => showWaiting(root, waiting);
    root.querySelectorAll('select[data-waiting]').forEach((s) => s.addEventListener('change', update));
    update();
  }
  root.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (!action) return;
    if (action === 'back') show(current - 1);
    else if (action === 'next' && validStep(steps[current]!)) show(current + 1);
    else if (action === 'result' && validStep(steps[current]!)) {
      const visible = answers();
      root.querySelectorAll<HTMLElement>('[data-ask-if]').forEach((el) => { if (el.hidden) delete visible[el.dataset.question!]; });
      renderResult(result.querySelector('[data-result]')!, evaluate(grid, visible), grid, ui);
      steps.forEach((s) => (s.hidden = true));
      result.hidden = false;
      result.querySelector<HTMLElement>('h2')!.focus();
    } else if (action === 'restart') show(0);
    else if (action === 'print') window.print();
  });
  refreshVisibility();
}

/** Small DOM helper: an element with text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const points = (n: number) => `${formatDecimal(n)} ${Math.abs(n) >= 2 ? 'points' : 'point'}`;

/** Renders the total, the explanation lines, the documents, the desk-only criteria and the caveats. */
function renderResult(target: HTMLElement, r: CotationResult, grid: Grid, ui: { caveats: string[] }): void {
  const byId = new Map(grid.criteria.map((c) => [c.id, c]));
  const total = el('p', 'Total estimé : ', { class: 'total', 'data-total': String(r.total) });
  total.append(el('strong', points(r.total)));
  const table = el('table', undefined, { class: 'lines' });
  table.append(el('caption', 'Le détail, critère par critère'));
  const head = el('thead');
  const hr = el('tr');
  hr.append(el('th', 'Critère', { scope: 'col' }), el('th', 'Points', { scope: 'col', class: 'num' }), el('th', 'Pourquoi', { scope: 'col' }));
  head.append(hr);
  const body = el('tbody');
  for (const l of r.lines.filter((x) => x.points !== 0 || x.matched)) {
    const tr = el('tr', undefined, { 'data-line': l.id });
    tr.append(el('th', l.label, { scope: 'row' }), el('td', points(l.points), { class: 'num' }), el('td', l.because));
    body.append(tr);
  }
  const foot = el('tfoot');
  const fr = el('tr');
  const ft = el('td', undefined, { class: 'num' });
  ft.append(el('strong', points(r.total)));
  fr.append(el('th', 'Total', { scope: 'row' }), ft, el('td'));
  foot.append(fr);
  table.append(head, body, foot);
  const scroll = el('div', undefined, { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Détail des points' });
  scroll.append(table);

  const docs = el('ul');
  for (const l of r.lines.filter((x) => x.points > 0)) {
    const j = byId.get(l.id)?.justificatifs ?? [];
    const li = el('li');
    li.append(el('strong', `${l.label} : `), j.length ? `${j.join(' ou ')}.` : 'le guichet vous dira quelle pièce apporter.');
    docs.append(li);
  }
  const desk = r.lines.filter((l) => l.matched && byId.get(l.id)?.validation === 'guichet');
  const deskPart: HTMLElement = desk.length ? el('ul') : el('p', 'Aucun de vos critères. Mais le guichet vérifie toujours vos pièces.');
  desk.forEach((l) => deskPart.append(el('li', l.label)));
  const missing = r.lines.filter((l) => l.status === 'missing');
  const missingPart: HTMLElement[] = [];
  if (missing.length) {
    const list = el('ul');
    missing.forEach((l) => {
      const li = el('li');
      li.append(el('strong', `${l.label} : `), l.because);
      list.append(li);
    });
    missingPart.push(el('h3', 'Les réponses qui manquent'), el('p', 'Ces critères ne sont pas comptés. Revenez aux questions pour les compléter.'), list);
  }
  const caveats = el('ul');
  ui.caveats.forEach((c) => caveats.append(el('li', c)));

  target.replaceChildren(total, scroll, ...missingPart,
    el('h3', 'Les pièces à apporter'), docs.childElementCount ? docs : el('p', 'Aucun critère ne vous donne de points pour le moment.'),
    el('h3', 'Les critères que seul un guichet peut valider'), deskPart,
    el('h3', 'À savoir'), caveats);
}

/** Writes the waiting time of the chosen commune and size, in FALC, from the embedded figures. */
function showWaiting(root: HTMLElement, w: WaitingData): void {
  const place = root.querySelector<HTMLSelectElement>('[data-waiting="place"]')!;
  const typology = root.querySelector<HTMLSelectElement>('[data-waiting="typology"]')!.value;
  const name = place.selectedOptions[0]?.textContent ?? '';
  const where = place.value ? `À ${name}` : 'Sur tout le territoire';
  const v = w.months[place.value]?.[typology];
  root.querySelector('[data-waiting="text"]')!.textContent =
    typeof v === 'number' ? `${where}, pour un ${typology}, l’attente est d’environ ${formatInteger(Math.max(1, Math.round(v)))} mois.`
    : v === 'masked' ? `${where}, pour un ${typology}, ce chiffre n’est pas publié. Il y a trop peu de demandes. Cela protège les personnes.`
    : `${where}, aucun ${typology} n’a été attribué en ${w.millesime}. Nous ne pouvons pas estimer l’attente.`;
}
