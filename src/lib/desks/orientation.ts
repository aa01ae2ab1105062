import type { Diagnostic, YamlFile } from '../diagnostics/index.ts';
import { zodIssuesToDiagnostics } from '../diagnostics/index.ts';
import type { Desk } from './schema.ts';
import {
  orientationSchema,
  type DeskSelector,
  type Orientation,
  type OrientationOutcome,
} from './orientation-schema.ts';
import { inTerritory, orderDesks } from './order.ts';

/** Validates orientation.yaml: schema, links between questions, loops, unreachable steps, empty outcomes. */
export function validateOrientation(
  yaml: YamlFile,
  desks: readonly Desk[],
): { orientation?: Orientation | undefined; diagnostics: Diagnostic[] } {
  const parsed = orientationSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error.issues, yaml) };
  const o = parsed.data;
  const out: Diagnostic[] = [];
  const at = (path: PropertyKey[]) => ({ file: yaml.file, ...yaml.locate(path) });
  const questionIds = new Set(o.questions.map((q) => q.id));
  const seen = new Set<string>();
  [
    ...o.questions.map((q, i) => ({ id: q.id, path: ['questions', i, 'id'] })),
    ...o.outcomes.map((r, i) => ({ id: r.id, path: ['outcomes', i, 'id'] })),
  ].forEach(({ id, path }) => {
    if (seen.has(id))
      out.push({
        ...at(path),
        severity: 'error',
        message: `identifiant « ${id} » utilisé deux fois`,
        hint: 'chaque question et chaque résultat doit avoir son propre identifiant',
      });
    seen.add(id);
  });
  if (!questionIds.has(o.start))
    out.push({
      ...at(['start']),
      severity: 'error',
      message: `la première question « ${o.start} » n’existe pas`,
      hint: 'écrivez l’identifiant d’une des questions',
    });
  o.questions.forEach((q, i) =>
    q.answers.forEach((a, j) => {
      if (!seen.has(a.next))
        out.push({
          ...at(['questions', i, 'answers', j, 'next']),
          severity: 'error',
          message: `« ${a.next} » n’est ni une question ni un résultat`,
          hint: 'écrivez l’identifiant d’une question ou d’un résultat',
        });
    }),
  );
  if (out.length) return { diagnostics: out };
  const reached = reachable(o);
  if (reached.loop)
    out.push({
      ...at(['questions']),
      severity: 'error',
      message: `les questions tournent en rond à « ${reached.loop} »`,
      hint: 'chaque réponse doit mener plus loin, jamais à une question déjà posée',
    });
  o.questions.forEach((q, i) => {
    if (!reached.ids.has(q.id))
      out.push({
        ...at(['questions', i, 'id']),
        severity: 'warning',
        message: `la question « ${q.id} » n’est jamais posée`,
        hint: 'reliez-la à une réponse ou supprimez-la',
      });
  });
  o.outcomes.forEach((r, i) => {
    if (!reached.ids.has(r.id))
      out.push({
        ...at(['outcomes', i, 'id']),
        severity: 'warning',
        message: `le résultat « ${r.id} » n’est jamais atteint`,
        hint: 'reliez-le à une réponse ou supprimez-le',
      });
    if (r.desks && !selectDesks(desks, r.desks).length && !r.whenNoDesk)
      out.push({
        ...at(['outcomes', i, 'desks']),
        severity: 'warning',
        message: `aucun guichet ne correspond au résultat « ${r.id} »`,
        hint: 'ajoutez le guichet dans desks.yaml ou écrivez « whenNoDesk » pour dire où aller',
      });
  });
  return { orientation: out.some((d) => d.severity === 'error') ? undefined : o, diagnostics: out };
}

function reachable(o: Orientation): { ids: Set<string>; loop?: string | undefined } {
  const byId = new Map(o.questions.map((q) => [q.id, q]));
  const ids = new Set<string>();
  let loop: string | undefined;
  const visit = (id: string, path: Set<string>) => {
    if (path.has(id)) {
      loop ??= id;
      return;
    }
    ids.add(id);
    const q = byId.get(id);
    if (!q) return;
    const next = new Set(path).add(id);
    q.answers.forEach((a) => visit(a.next, next));
  };
  visit(o.start, new Set());
  return { ids, loop };
}

/** Desks matching an outcome's selector, in order of use (the territory's own desks first). */
export function selectDesks(desks: readonly Desk[], selector: DeskSelector): Desk[] {
  return orderDesks(
    desks.filter(
      (d) =>
        (!selector.kinds || selector.kinds.includes(d.kind)) &&
        (!selector.levels || selector.levels.some((l) => d.levels.includes(l))) &&
        (!selector.audiences || selector.audiences.includes(d.audience)),
    ),
  );
}

/** Above this many registration desks, a result links to their list instead of showing every card. */
export const REGISTER_CARDS_MAX = 4;

/** What a result page shows besides its text: every result gives at least an address or a phone. */
export interface OutcomeDesks {
  /** Desks matching the outcome's selector, in order of use. */
  desks: Desk[];
  /**
   * When no desk matches: who can say where to go. For a social service (CCAS, Département), the town
   * halls of the territory when it lists them, as a town hall knows its CCAS and its social workers;
   * otherwise, or without town halls, the territory's registration desks open to everyone.
   */
  fallback: { kind: 'mairie' | 'guichet'; desks: Desk[] } | undefined;
  /** With `register`: the territory's registration desks open to everyone, all of them, in order of use. */
  register: Desk[];
}

/** The desks of a result page (see {@link OutcomeDesks}). */
export function outcomeDesks(outcome: OrientationOutcome, desks: readonly Desk[]): OutcomeDesks {
  const matching = outcome.desks ? selectDesks(desks, outcome.desks) : [];
  let fallback: OutcomeDesks['fallback'];
  if (outcome.desks && matching.length === 0) {
    const social = outcome.orientation === 'ccas' || outcome.orientation === 'departement';
    const mairies = social ? selectDesks(desks, { kinds: ['mairie'] }).filter(inTerritory) : [];
    const open = selectDesks(desks, { levels: [2], audiences: ['tous'] }).filter(inTerritory);
    if (mairies.length) fallback = { kind: 'mairie', desks: mairies };
    else if (open.length) fallback = { kind: 'guichet', desks: open };
  }
  const register = outcome.register ? selectDesks(desks, { levels: [2], audiences: ['tous'] }).filter(inTerritory) : [];
  return { desks: matching, fallback, register };
}

/** Follows answers (question id → answer id) from the start; returns the outcome reached, if any. */
export function followAnswers(o: Orientation, answers: Record<string, string>): OrientationOutcome | undefined {
  let current = o.start;
  for (let step = 0; step <= o.questions.length; step++) {
    const outcome = o.outcomes.find((r) => r.id === current);
    if (outcome) return outcome;
    const q = o.questions.find((x) => x.id === current);
    const answer = q?.answers.find((a) => a.id === answers[current]);
    if (!answer) return undefined;
    current = answer.next;
  }
  return undefined;
}

/** Page address of a step below /ou-aller/: "" for the first question, "resultat/<id>" for results. */
export function orientationStepPath(o: Orientation, id: string): string | undefined {
  if (id === o.start) return undefined;
  return o.outcomes.some((r) => r.id === id) ? `resultat/${id}` : id;
}

/** Question number of each step: the fewest answers from the start, so it is the same on every path. */
export function orientationDepths(o: Orientation): Map<string, number> {
  const depth = new Map<string, number>([[o.start, 1]]);
  const queue = [o.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const a of o.questions.find((q) => q.id === id)?.answers ?? []) {
      if (!depth.has(a.next)) {
        depth.set(a.next, depth.get(id)! + 1);
        queue.push(a.next);
      }
    }
  }
  return depth;
}
