/** The figures contract lives in src/lib/figures, shared with the readers that produce it. */
export * from '../figures/index.ts';
