/**
 * Changes of the published files, newest first: the files are an interface, so the /donnees/ page says
 * when a column changes.
 */

/** One change of the open data. */
export interface OpenDataChange {
  /** Day of the change, AAAA-MM-JJ. */
  date: string;
  /** The same day in words, month in letters. */
  day: string;
  /** What changed, in FALC. */
  text: string;
}

/** Every change, newest first. */
export const OPEN_DATA_CHANGES: readonly OpenDataChange[] = [
  {
    date: '2026-12-07',
    day: '7 décembre 2026',
    text: 'Nouveaux statuts de delai_theorique_mois et pression dans demandes.csv. Ils ont le statut du nombre caché dont ils viennent. C’est secret_secondaire ou non_publie_source, et plus toujours secret. Un nombre d’attributions de la dernière année égal à 0 n’est plus jamais caché.',
  },
  {
    date: '2026-12-07',
    day: '7 décembre 2026',
    text: 'Nouveau statut toutes_tailles_seulement dans demandes.csv. Il est sur les mutations du territoire, taille par taille. Les mutations sont dans la ligne « toutes ». Sans logement donné dans l’année, delai_moyen_observe_mois a le statut non_calculable, et plus absent. Nouvelle raison aucun_donne_derniere_annee dans attente.csv. Aucun logement de cette taille n’a été donné pendant l’année.',
  },
  {
    date: '2026-12-07',
    day: '7 décembre 2026',
    text: 'Nouveau fichier positionnement.csv. Il compte les demandes en attente selon leurs points, taille par taille. Il compte aussi les ménages logés selon leurs points. Le territoire le publie s’il a ce tableau.',
  },
  {
    date: '2026-12-07',
    day: '7 décembre 2026',
    text: 'Nouveau fichier attente.csv. Il donne l’attente des ménages logés, commune par commune. Dans demandes.csv, delai_theorique_mois s’appelle Délai théorique. Ce n’est pas une attente. Les mutations sont données pour tout le territoire seulement. Pour une commune, leur statut est territoire_seulement.',
  },
  {
    date: '2026-11-30',
    day: '30 novembre 2026',
    text: 'Un texte peut commencer par un signe de calcul. Dans les fichiers CSV, il commence maintenant par une apostrophe. Le tableur ne le prend plus pour une formule. Les nombres ne changent pas.',
  },
  {
    date: '2026-11-30',
    day: '30 novembre 2026',
    text: 'Le fichier indicateurs.csv suit la règle des autres fichiers. Un taux caché laisse la case vide. Il n’est plus écrit « non publié ». Chaque taux a sa colonne _statut. Dans donnees.json, la partie indicateurs a maintenant les colonnes du fichier CSV. Chaque description Table Schema donne le type et les valeurs permises de chaque colonne.',
  },
];
