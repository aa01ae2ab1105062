/**
 * The shapes of the published figures (stock, demand, turnover, sources, secrecy audit): the contract between
 * the data readers (rpls, demand, mapping), the dataset and every output. Types and category lists only.
 */
export * from './types.ts';
