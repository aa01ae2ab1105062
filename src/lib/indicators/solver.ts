/**
 * The integer-programming solver of the secrecy audit: HiGHS compiled to WebAssembly (npm `highs`),
 * loaded once per process and only when a table has to be protected. Pure computation, no network.
 */
import type { Highs, Model, ModelData } from 'highs';

export type { Highs } from 'highs';

let loading: Promise<Highs> | undefined;

/** The solver, loaded on first use (about half a second), then shared. */
export function loadSolver(): Promise<Highs> {
  // Stryker disable next-line ArrowFunction: loaded once per test process, a mutant run reuses the solver.
  loading ??= import('highs').then((m) => m.default());
  return loading;
}

/** Outcome of one solve: a point of the model, or a proof that none exists. */
export type SolveResult =
  { status: 'feasible'; values: Float64Array } | { status: 'infeasible' } | { status: 'unknown' };

/**
 * Options of every solve. Tolerances are tighter than the defaults because the models mix small counts
 * with big-M bounds. The audit only needs a point, not the best one (`first`: stop at the first point
 * found); the choice of secondary cells optimises, within a node budget. Node limits keep a pathological
 * model from stalling a build: without a point the answer is "unknown", which the audit treats as "the
 * reader may narrow the cell", the safe side.
 */
const OPTIONS = {
  output_flag: false,
  mip_feasibility_tolerance: 1e-9,
  primal_feasibility_tolerance: 1e-9,
  random_seed: 0,
} as const;

/** Creates a persistent model; the caller disposes it. */
export function createModel(highs: Highs, data: ModelData, goal: 'first' | 'best' = 'first'): Model {
  const model = highs.createModel(data);
  model.options.set({
    ...OPTIONS,
    ...(goal === 'first' ? { mip_rel_gap: 1, mip_max_nodes: 20_000 } : { mip_rel_gap: 0.2, mip_max_nodes: 20 }),
  });
  return model;
}

/**
 * Runs the model and reads the answer. A point is returned whenever the solver holds one (optimal or
 * stopped at a limit); the audit verifies every point exactly before trusting it.
 */
export function run(highs: Highs, model: Model): SolveResult {
  model.run();
  const status = model.getModelStatus();
  if (status === highs.constants.modelStatus.infeasible) return { status: 'infeasible' };
  // HiGHS: primal_solution_status 2 = a feasible point is held.
  if (Number(model.info.get('primal_solution_status')) === 2)
    return { status: 'feasible', values: Float64Array.from(model.getSolution().colValue) };
  return { status: 'unknown' };
}
