/** The French summary of statistical secrecy printed by `npm run check` and the build. */
import type { PreviousComparison, TerritoryDataset, WithdrawnRule } from '../src/lib/dataset/index.ts';

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
  for (const a of audit) if (a.previous) lines.push(...previousLines(a.previous, dataset));
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

/** Why a count of the previous publication is hidden now, in words. */
const RULE_WORDS: Record<WithdrawnRule, string> = {
  petit: 'plus petit que le seuil du secret maintenant (le seuil a changé) ; il reste connu de ceux qui l’ont lu',
  source: 'le fichier source ne le donne plus',
  corrige: 'le fichier source donne maintenant une autre valeur, qui doit être cachée',
};

/** The counts of the site online (publie/demandes.csv): how many stay published, and why the others are hidden. */
function previousLines(p: PreviousComparison, dataset: TerritoryDataset): string[] {
  const place = (code: string) =>
    code === 'territoire' ? 'tout le territoire' : (dataset.communes.find((c) => c.code === code)?.name ?? code);
  const lines = [
    `  Publication précédente (${p.file}) : ${p.kept} nombre${p.kept > 1 ? 's' : ''} sur ${p.compared} reste${p.kept > 1 ? 'nt' : ''} publié${p.kept > 1 ? 's' : ''} à l’identique${p.corrected ? `, ${s(p.corrected, 'nombre corrigé', 'nombres corrigés')} par la source` : ''}, ${p.withdrawn.length === 0 ? 'aucun n’est caché' : `${s(p.withdrawn.length, 'nombre caché', 'nombres cachés')} maintenant`}.`,
  ];
  for (const w of p.withdrawn)
    lines.push(
      `    ${w.millesime}, ${place(w.code)}, ${w.typology === 'total' ? 'toutes tailles' : w.typology}, ${w.measure === 'pending' ? 'demandes en attente' : 'attributions'} (${w.before} publié) : ${RULE_WORDS[w.rule]}.`,
    );
  return lines;
}
