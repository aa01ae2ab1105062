/** The French summary of statistical secrecy printed by `npm run check` and the build. */
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';

const s = (n: number, word: string, plural = `${word}s`) => `${n} ${n > 1 ? plural : word}`;

/** One line per protected table, then the verdict of the audit. */
export function secrecySummary(dataset: TerritoryDataset | undefined): string[] {
  if (!dataset) return [];
  const { threshold, maskStockCounts, audit = [] } = dataset.secrecy;
  const lines = [
    `Secret statistique (seuil ${threshold}) :${maskStockCounts ? '' : ' le parc RPLS est publié tel quel (données publiques, logement par logement).'}`,
  ];
  for (const a of audit) {
    const years =
      a.millesimes && a.millesimes.length > 1
        ? `${a.millesimes.join(', ')}, audités ensemble avec le parc`
        : a.millesime;
    const what = a.kind === 'rpls' ? `parc RPLS ${a.millesime}` : `demandes et attributions ${years}`;
    lines.push(
      `  ${what} : ${s(a.hidden.small + a.hidden.secondary + a.hidden.source, 'nombre caché', 'nombres cachés')} sur ${a.cells}, dont ${a.hidden.small} petit${a.hidden.small > 1 ? 's' : ''}, ${a.hidden.secondary} par le secret secondaire et ${a.hidden.source} à la source.`,
    );
  }
  const recomputable = audit.reduce((n, a) => n + a.recomputable, 0);
  const limited = audit.reduce((n, a) => n + a.limitedByLabels, 0);
  const audited = audit.reduce((n, a) => n + a.audited, 0);
  if (audit.length === 0) return lines;
  lines.push(
    recomputable === 0
      ? `  Audit exact en nombres entiers de ${s(audited, 'petit nombre caché', 'petits nombres cachés')} : aucune case recalculable.${limited ? ` ${s(limited, 'petit nombre garde', 'petits nombres gardent')} moins de ${threshold - 1} valeurs possibles à cause des seules mentions « moins de ${threshold} ».` : ''}`
      : `  Audit exact : ${s(recomputable, 'case recalculable', 'cases recalculables')}. Rien n’est publié.`,
  );
  return lines;
}
