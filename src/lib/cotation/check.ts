/**
 * Checks that zod cannot express: conditions naming unknown questions or answers, overlapping bands,
 * criteria with neither points nor a note. Each problem points at its line and column in the YAML file.
 */
import type { Diagnostic, YamlFile } from '../diagnostics/index.ts';
import { factsOf } from './conditions.ts';
import { DERIVED_FACTS } from './facts.ts';
import type { Condition, Grid, Question } from './schema.ts';

type Path = (string | number)[];

/** Semantic checks of a grid that passed the schema. */
export function checkGrid(grid: Grid, yaml: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (path: Path, message: string, hint: string) =>
    out.push({ file: yaml.file, ...yaml.locate(path), severity: 'error', message, hint });
  const questions = new Map<string, Question>();
  grid.questions.forEach((q, i) => {
    if (questions.has(q.id))
      error(
        ['questions', i, 'id'],
        `la question « ${q.id} » est écrite deux fois`,
        'donnez un identifiant différent à chaque question',
      );
    questions.set(q.id, q);
    if ((q.kind === 'choice' || q.kind === 'multi') && !q.options)
      error(
        ['questions', i],
        `la question « ${q.id} » n’a pas de réponses possibles`,
        'ajoutez « options » avec au moins 2 réponses',
      );
  });
  const known = [...questions.keys()].join(', ');

  /** Checks one fact reference; `numeric` when a number is needed. */
  const checkFact = (fact: string, path: Path, numeric: boolean): Question | undefined => {
    const q = questions.get(fact);
    const derived = DERIVED_FACTS[fact];
    if (!q && !derived) {
      error(
        path,
        `question inconnue : « ${fact} »`,
        `utilisez une question de la grille : ${known}. Faits calculés possibles : ${Object.keys(DERIVED_FACTS).join(', ')}`,
      );
      return undefined;
    }
    if (derived && !q) {
      const absent = derived.inputs.filter((i) => !questions.has(i));
      if (absent.length)
        error(
          path,
          `le fait calculé « ${fact} » a besoin des questions ${absent.join(', ')}`,
          'ajoutez ces questions à la grille',
        );
      if (numeric && derived.type !== 'number')
        error(path, `« ${fact} » n’est pas un nombre`, 'utilisez une question de type « number »');
      return undefined;
    }
    if (numeric && q!.kind !== 'number')
      error(path, `la question « ${fact} » n’est pas un nombre`, 'utilisez une question de type « number »');
    return q;
  };

  const checkCondition = (c: Condition | undefined, base: Path) => {
    for (const { fact, c: leaf, path } of factsOf(c, base)) {
      const comparesNumber = [leaf.gte, leaf.gt, leaf.lte, leaf.lt].some((x) => x !== undefined);
      const q = checkFact(fact, [...path, 'fact'], comparesNumber);
      if (!q) continue;
      const values = new Set((q.options ?? []).map((o) => o.value));
      const tested: [string, unknown][] = [];
      if (leaf.is !== undefined) tested.push(['is', leaf.is]);
      leaf.in?.forEach((v) => tested.push(['in', v]));
      if (leaf.has !== undefined) {
        if (q.kind !== 'multi')
          error(
            [...path, 'has'],
            `« has » sert aux questions à plusieurs réponses, pas à « ${q.id} »`,
            'utilisez « is » pour une question à une réponse',
          );
        tested.push(['has', leaf.has]);
      }
      for (const [key, v] of tested) {
        const ok =
          q.kind === 'yesno'
            ? typeof v === 'boolean'
            : q.kind === 'number'
              ? typeof v === 'number'
              : q.kind === 'month'
                ? false
                : values.has(String(v));
        if (!ok)
          error(
            [...path, key],
            `condition sur une réponse absente : « ${String(v)} » n’est pas une réponse possible de « ${q.id} »`,
            q.kind === 'yesno'
              ? 'écrivez true ou false'
              : q.kind === 'number'
                ? 'écrivez un nombre'
                : q.kind === 'month'
                  ? 'une date se lit par un fait calculé, par exemple seniority_months'
                  : `réponses possibles : ${[...values].join(', ')}`,
          );
      }
    }
  };

  grid.questions.forEach((q, i) => {
    checkCondition(q.askIf, ['questions', i, 'askIf']);
    q.labelIf?.forEach((v, j) => checkCondition(v.when, ['questions', i, 'labelIf', j, 'when']));
  });
  const ids = new Set<string>();
  grid.criteria.forEach((c, i) => {
    const at: Path = ['criteria', i];
    if (ids.has(c.id))
      error(
        [...at, 'id'],
        `le critère « ${c.id} » est écrit deux fois`,
        'donnez un identifiant différent à chaque critère',
      );
    ids.add(c.id);
    checkCondition(c.when, [...at, 'when']);
    c.labelIf?.forEach((v, j) => checkCondition(v.when, [...at, 'labelIf', j, 'when']));
    c.justificatifs.forEach((j, k) => {
      if (typeof j !== 'string') checkCondition(j.when, [...at, 'justificatifs', k, 'when']);
    });
    if (c.perUnit) checkFact(c.perUnit.fact, [...at, 'perUnit', 'fact'], true);
    if (c.bands) {
      checkFact(c.bands.fact, [...at, 'bands', 'fact'], true);
      c.bands.steps.forEach((b, j) => {
        if (b.to !== undefined && b.to <= b.from)
          error(
            [...at, 'bands', 'steps', j, 'to'],
            `palier vide : « to » (${b.to}) doit être plus grand que « from » (${b.from})`,
            'corrigez les bornes du palier',
          );
        const prev = c.bands!.steps[j - 1];
        if (prev && (prev.to === undefined || b.from < prev.to))
          error(
            [...at, 'bands', 'steps', j, 'from'],
            `palier qui chevauche le précédent : il commence à ${b.from}, le précédent va jusqu’à ${prev.to ?? 'l’infini'}`,
            'rangez les paliers dans l’ordre, chaque « from » au moins égal au « to » du palier d’avant',
          );
      });
    }
    const scored = c.points !== undefined || c.perUnit || c.bands || c.coefficient;
    if (!scored && !c.note)
      error(
        at,
        `le critère « ${c.id} » n’a ni points ni note`,
        'ajoutez « points » ou une « note » qui explique pourquoi il ne compte pas',
      );
  });
  const needsMonth = grid.questions.some((q) => q.kind === 'month');
  if (needsMonth && grid.examples.length && !grid.examplesMonth)
    error(
      ['examples'],
      'les exemples ont une date de demande mais la grille n’a pas « examplesMonth »',
      'ajoutez par exemple « examplesMonth: 2024-12 » : le mois où les exemples comptent l’attente',
    );
  grid.examples.forEach((ex, i) => {
    for (const key of Object.keys(ex.answers))
      if (!questions.has(key))
        error(
          ['examples', i, 'answers', key],
          `exemple « ${ex.name} » : question inconnue « ${key} »`,
          `questions de la grille : ${known}`,
        );
    for (const key of Object.keys(ex.points))
      if (!ids.has(key))
        error(
          ['examples', i, 'points', key],
          `exemple « ${ex.name} » : critère inconnu « ${key} »`,
          'écrivez l’identifiant d’un critère de la grille',
        );
    ex.missing.forEach((key, j) => {
      if (!questions.has(key))
        error(
          ['examples', i, 'missing', j],
          `exemple « ${ex.name} » : question inconnue « ${key} »`,
          `questions de la grille : ${known}`,
        );
    });
  });
  return out;
}
