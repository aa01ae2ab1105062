/**
 * French words of the editing interface: the label and help of each field, by the field's key, and the words
 * of the choices of closed lists. The fields themselves come from the schemas (fields.ts); a key missing here is
 * shown under its own name, never hidden, and tests/unit/admin-words.test.ts then fails: every label and hint is
 * plain French, with no identifier and no terminal command.
 */
import type { CmsField } from './cms-types.ts';

/** How one field is presented. */
export interface FieldWords {
  label: string;
  hint?: string;
  /** Several lines of text (FALC sentences). */
  long?: boolean;
  /** Widget imposed when the schema cannot say it (dates read by z.coerce.date). */
  widget?: CmsField['widget'];
  /** Message shown when a pattern is not matched. */
  patternMessage?: string;
  /** Label of each item in a folded list. */
  summary?: string;
}

/** Help for the opening-hours syntax, with examples and how the site writes them. */
export const OPENING_HOURS_HINT = [
  'Écrivez les horaires comme sur la carte OpenStreetMap. Jours en anglais : Mo (lundi), Tu, We, Th, Fr, Sa, Su (dimanche). Exemples :',
  '« Mo-Fr 08:30-12:00,13:30-17:00; PH off » s’affiche « Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h 30 à 17 h. Fermé les jours fériés. »',
  '« We 13:30-17:30 "sur rendez-vous" » ajoute « sur rendez-vous » au mercredi après-midi.',
  'Laissez vide si les horaires ne sont pas connus : le site dit quoi faire avant de venir.',
  'L’écriture des horaires est vérifiée avant chaque mise en ligne.',
].join(' ');

const ID = {
  label: 'Identifiant',
  hint: 'Minuscules, chiffres et tirets. Ne le changez pas : il sert dans les adresses des pages.',
  patternMessage: 'minuscules, chiffres et tirets seulement',
};

/** Words by full path ("portals.*.url"), checked first. */
const BY_PATH: Record<string, FieldWords> = {
  'map.tiles': {
    label: 'Adresse des tuiles du fond de carte',
    hint: 'Avec {z}, {x} et {y}. Par défaut : Plan IGN v2, sans clé.',
  },
  'contact.name': { label: 'Nom du service' },
  'publisher.name': { label: 'Nom de l’éditeur (l’intercommunalité)' },
  'publisher.address': { label: 'Adresse du siège' },
  'sources.*.file': { label: 'Fichier', hint: 'Nom du fichier déposé dans le dossier sources/ du territoire.' },
  'sources.*.kind': {
    label: 'Type de fichier',
    hint: 'Le répertoire des logements sociaux : un logement par ligne. Ou le tableau des demandes et attributions. Ou les indicateurs du parc. Ou le tableau des points des demandes.',
  },
  'sources.*.preset': {
    label: 'Forme connue du tableau',
    hint: 'Laissez vide pour la forme habituelle de ce type de fichier.',
  },
  'sources.*.mapping': { label: 'Lecture d’un tableau d’une autre forme' },
  'mapping.sheet': { label: 'Feuille du classeur' },
  'mapping.headerRow': {
    label: 'Ligne des titres des colonnes',
    hint: '1 pour la première ligne. Laissez vide : elle est trouvée à partir des titres.',
  },
  'mapping.hidden': { label: 'Textes des cases cachées par le producteur', hint: 'Par exemple « s » ou « secret ».' },
  'mapping.hidden.*': { label: 'Texte' },
  'mapping.keep': { label: 'Lignes à garder' },
  'keep.column': { label: 'Titre de la colonne lue' },
  'keep.equals': { label: 'Valeur des lignes gardées' },
  'mapping.commune': { label: 'Colonne de la commune' },
  'mapping.commune.code': { label: 'Titre de la colonne du code INSEE' },
  'mapping.commune.name': { label: 'Titre de la colonne du nom de la commune' },
  'mapping.millesime': { label: 'Titre de la colonne de l’année' },
  'mapping.typology': { label: 'Tailles de logement, de T1 à T5' },
  'mapping.fields': { label: 'Titres des colonnes des chiffres' },
  'accessibility.audit': { label: 'Dernier audit d’accessibilité' },
  'audit.date': { label: 'Date de l’audit', hint: 'Année, mois, jour : par exemple 2026-11-30.' },
  'uncoveredDepartements.*': { label: 'Département' },
  'accessibility.nonCompliant.*': { label: 'Non-conformité', long: true },
  'accessibility.derogations.*': { label: 'Dérogation', long: true },
  'accessibility.exempt.*': { label: 'Contenu', long: true },
  'outcomes.*.register': {
    label: 'Dire aussi où déposer sa demande',
    hint: 'Coché : sous les guichets, la page dit où déposer une demande dès maintenant.',
  },
  'minimumSurface.rows': {
    label: 'Lignes du tableau',
    summary: '{{fields.persons}} personnes : {{fields.minimum}} m²',
  },
  'minimumSurface.reference': { label: 'Source du tableau' },
  'questions.*.kind': { label: 'Type de réponse' },
  'questions.*.step': { label: 'Étape du simulateur' },
  'questions.*.options': { label: 'Réponses possibles', summary: '{{fields.label}}' },
  'questions.*.min': { label: 'Plus petit nombre accepté' },
  'questions.*.max': { label: 'Plus grand nombre accepté' },
  'questions.*.askIf': { label: 'Condition pour poser la question' },
  'labelIf.*.text': { label: 'Texte', long: true },
  'labelIf.*.when': { label: 'Condition' },
  'incomeLimit.reference': { label: 'Source du plafond' },
  'criteria.*.points': { label: 'Points' },
  'criteria.*.when': { label: 'Condition' },
  'perUnit.points': { label: 'Points par unité' },
  'perUnit.max': { label: 'Plafond des points' },
  'steps.*.points': { label: 'Points de la tranche' },
  'coefficient.on': { label: 'Appliqué à' },
  'criteria.*.justificatifs': { label: 'Justificatifs' },
  'examples.*.name': { label: 'Foyer' },
  'examples.*.answers': { label: 'Réponses du foyer' },
  'examples.*.points': { label: 'Points attendus par critère' },
  'examples.*.missing': { label: 'Questions encore sans réponse' },
  'examples.*.missing.*': { label: 'Question' },
  'admin.repo': { label: 'Dépôt', hint: 'Sous la forme groupe/projet.', patternMessage: 'groupe/projet attendu' },
  'questions.*.answers.*.next': {
    label: 'Question ou résultat suivant',
    hint: 'Identifiant d’une question ou d’un résultat.',
  },
  'outcomes.*.links.*.label': { label: 'Texte du lien' },
  'outcomes.*.text.*': { label: 'Paragraphe', long: true },
  'notes.*': { label: 'Note', long: true },
  'forms.*': { label: 'Forme' },
  'references.*': { label: 'Source' },
  'justificatifs.*': { label: 'Justificatif' },
  'falcReview.date': { label: 'Date de la relecture', widget: 'datetime' },
  'abnormalDelay.source': {
    label: 'D’où vient ce délai',
    hint: 'Le document et la partie où il est écrit, et pour quels logements il vaut. Pas publié : gardé pour la prochaine mise à jour.',
  },
  'portals.*.source': { label: 'D’où vient ce site', hint: 'Le document et la partie qui le citent.' },
  'falcReview.fingerprint': {
    label: 'Version du texte relu',
    hint: 'Recopiez la « Version du texte » écrite en bas de la page relue (12 chiffres et lettres). Si le texte change ensuite, la mention « facile à lire » disparaît jusqu’à la relecture suivante.',
  },
  'guideFalcReview.date': { label: 'Date de la relecture', widget: 'datetime' },
  'guideFalcReview.fingerprint': {
    label: 'Version du texte relu',
    hint: 'Recopiez la « Version du texte » écrite sous le guide, sur la page des plaquettes.',
  },
  'mainQuestions.*': { label: 'Question', long: true },
};

/** Words by key, whatever the file. */
const BY_NAME: Record<string, FieldWords> = {
  name: { label: 'Nom' },
  shortName: { label: 'Nom court', hint: 'Pour les petits écrans et le bas des plaquettes.' },
  kind: { label: 'Type' },
  siren: {
    label: 'SIREN',
    hint: '9 chiffres. La liste des communes en est tirée automatiquement.',
    patternMessage: '9 chiffres attendus',
  },
  siteUrl: { label: 'Adresse du site', hint: 'À la racine, par exemple https://logement.mon-epci.fr/' },
  abnormalDelay: { label: 'Délai anormalement long' },
  firstQuartile: {
    label: 'Seuil du premier quartile',
    hint: 'Fixé chaque année par le préfet : montant en euros par an, année, arrêté et sa date.',
  },
  months: {
    label: 'Nombre de mois',
    hint: 'Laissez vide s’il n’est pas connu : le site dit de le demander à un guichet.',
  },
  reference: { label: 'Référence', hint: 'Le texte officiel, par exemple l’arrêté préfectoral.' },
  portals: { label: 'Portails de demande en ligne', summary: '{{fields.name}}' },
  url: { label: 'Adresse web' },
  description: { label: 'Description', hint: 'Une phrase courte en FALC.', long: true },
  contact: { label: 'Contact du service logement' },
  address: { label: 'Adresse' },
  phone: { label: 'Téléphone', hint: 'Écrit comme pour les personnes, par exemple 04 73 80 90 07.' },
  email: { label: 'Adresse e-mail' },
  website: { label: 'Site web' },
  publisher: { label: 'Éditeur du site (mentions légales)' },
  director: { label: 'Directeur de la publication', hint: 'Une fonction suffit, par exemple « Le président ».' },
  host: { label: 'Hébergeur du site', hint: 'Nom et adresse de l’hébergeur.' },
  map: { label: 'Fond de carte' },
  tiles: { label: 'Tuiles' },
  attribution: { label: 'Mention du fournisseur de la carte' },
  maxZoom: { label: 'Zoom maximal' },
  secrecyThreshold: {
    label: 'Seuil du secret statistique',
    hint: 'Les nombres plus petits ne sont jamais publiés. 5 par défaut.',
  },
  demo: { label: 'Données de démonstration', hint: 'Coché : chaque page dit que les chiffres sont des exemples.' },
  starter: {
    label: 'Site de départ',
    hint: 'Coché : chaque page dit que le site est fait avec les données nationales et qu’il reste à compléter. Décochez quand les guichets, la grille et les mentions légales sont là.',
  },
  uncoveredDepartements: {
    label: 'Départements absents du fichier découpé',
    hint: 'Écrit par la découpe du fichier national. Tant que la liste n’est pas vide, le site ne se construit pas : les communes de ces départements seraient sans logement social. Découpez de nouveau avec le fichier national entier.',
  },
  accessibility: { label: 'Accessibilité', long: true },
  status: { label: 'État' },
  auditDate: { label: 'Date du dernier audit' },
  contactEmail: { label: 'Adresse e-mail de contact' },
  sources: {
    label: 'Fichiers de données',
    hint: 'Déposez d’abord le fichier dans « Fichiers de données », puis déclarez-le ici.',
    summary: '{{fields.kind}} {{fields.millesime}}',
  },
  file: { label: 'Fichier' },
  millesime: { label: 'Millésime (année)' },
  origin: { label: 'Origine', hint: 'Écrite sous chaque chiffre, par exemple « SNE, export du 3 février 2024 ».' },
  sheet: { label: 'Feuille du classeur', hint: 'Pour un fichier XLSX. Par défaut : la première feuille.' },
  admin: { label: 'Interface d’édition' },
  backend: { label: 'Hébergement du dépôt' },
  branch: { label: 'Branche publiée' },
  appId: { label: 'Identifiant de l’application GitLab', hint: 'Application OAuth créée dans GitLab, sans secret.' },
  apiRoot: {
    label: 'Adresse de l’API GitLab',
    hint: 'Pour un GitLab sur votre serveur, par exemple https://gitlab.mon-epci.fr/api/v4',
  },
  baseUrl: {
    label: 'Adresse du GitLab',
    hint: 'Pour un GitLab sur votre serveur, par exemple https://gitlab.mon-epci.fr',
  },
  maskStockCounts: {
    label: 'Cacher aussi les petits nombres de logements',
    hint: 'Décoché par défaut : le répertoire des logements sociaux est public, ses nombres sont publiés tels quels.',
  },
  auditor: { label: 'Fait par', hint: 'Le nom de l’organisme qui a fait l’audit.' },
  criteriaMet: { label: 'Nombre de critères respectés' },
  criteriaApplicable: { label: 'Nombre de critères applicables' },
  nonCompliant: { label: 'Non-conformités trouvées par l’audit' },
  derogations: { label: 'Dérogations pour charge disproportionnée' },
  exempt: { label: 'Contenus non soumis à l’obligation d’accessibilité' },
  contactForm: { label: 'Adresse du formulaire pour signaler un problème' },
  schemaUrl: { label: 'Adresse du schéma pluriannuel d’accessibilité' },
  actionPlanUrl: { label: 'Adresse du plan d’action de l’année' },
  date: { label: 'Date' },
  // desks.yaml
  id: ID,
  levels: { label: 'Niveaux', hint: '1 : information. 2 : enregistrement des demandes. 3 : accompagnement social.' },
  street: { label: 'Numéro et rue' },
  postcode: { label: 'Code postal', patternMessage: '5 chiffres attendus' },
  city: { label: 'Ville' },
  commune: {
    label: 'Code INSEE de la commune',
    hint: '5 caractères, par exemple 63430.',
    patternMessage: 'code INSEE de 5 caractères attendu',
  },
  outsideTerritory: {
    label: 'Hors du territoire',
    hint: 'Cochez pour un guichet situé hors du territoire mais qui le sert.',
  },
  location: {
    label: 'Position sur la carte',
    hint: 'Cherchez l’adresse du guichet : le service national des adresses donne le point exact. Sinon, écrivez la position à la main ; précision « commune » : le centre de la commune, en attendant mieux.',
    widget: 'position',
  },
  lat: { label: 'Latitude' },
  lon: { label: 'Longitude' },
  precision: { label: 'Précision', hint: 'Adresse : le point exact. Commune : le centre de la commune.' },
  score: { label: 'Score du géocodeur' },
  openingHours: { label: 'Horaires', hint: OPENING_HOURS_HINT },
  hoursNote: { label: 'Phrase sous les horaires', long: true },
  services: { label: 'Ce que l’on peut faire à ce guichet', long: true },
  byAppointment: { label: 'Sur rendez-vous seulement' },
  audience: { label: 'Public' },
  audienceNote: { label: 'Phrase sur le public', long: true },
  source: { label: 'Source de l’information' },
  // orientation.yaml
  start: { label: 'Première question', hint: 'Identifiant de la question posée en premier.' },
  questions: { label: 'Questions', summary: '{{fields.id}}' },
  question: { label: 'Question', long: true },
  help: { label: 'Explication', long: true },
  answers: { label: 'Réponses', summary: '{{fields.label}}' },
  label: { label: 'Texte', long: true },
  next: { label: 'Suivant' },
  outcomes: { label: 'Résultats', summary: '{{fields.title}}' },
  orientation: { label: 'Orientation' },
  title: { label: 'Titre' },
  text: { label: 'Paragraphes' },
  links: { label: 'Liens utiles', summary: '{{fields.label}}' },
  desks: { label: 'Guichets à montrer' },
  kinds: { label: 'Types de guichets' },
  audiences: { label: 'Publics' },
  whenNoDesk: { label: 'Phrase quand aucun guichet ne convient', long: true },
  // cotation.yaml (only its texts have a form; the rules are kept as written)
  referenceUrl: { label: 'Adresse du texte officiel' },
  notes: { label: 'Notes' },
  criteria: { label: 'Critères', summary: '{{fields.label}}' },
  official: { label: 'Libellé officiel', long: true },
  category: { label: 'Catégorie' },
  note: { label: 'Note', long: true },
  toVerify: { label: 'À vérifier', hint: 'Ce qui reste à vérifier dans le texte officiel.', long: true },
  justificatifsSource: {
    label: 'Source des justificatifs',
    hint: 'Quand le texte du territoire ne donne pas la liste des papiers.',
  },
  examplesMonth: {
    label: 'Mois de calcul des exemples',
    hint: 'L’ancienneté des exemples est comptée à ce mois. Une année et un mois, par exemple 2024-12.',
  },
  minimumSurface: { label: 'Surfaces minimales du logement' },
  persons: { label: 'Nombre de personnes' },
  minimum: { label: 'Surface minimale en m²' },
  labelIf: { label: 'Autres textes selon le foyer', summary: '{{fields.text}}' },
  value: { label: 'Valeur enregistrée', hint: 'Minuscules et tirets. Elle sert dans les conditions.' },
  unknown: { label: 'Cette réponse veut dire « je ne sais pas »' },
  unit: { label: 'Unité', hint: 'Écrite après le nombre, par exemple « mois ».' },
  incomeLimit: { label: 'Plafond de revenus' },
  euros: { label: 'Montant par an, en euros' },
  nature: { label: 'Nature du critère' },
  group: {
    label: 'Groupe',
    hint: 'Dans un même groupe, seul le critère qui donne le plus de points compte.',
  },
  perUnit: { label: 'Points pour chaque unité' },
  fact: { label: 'Nombre compté' },
  bands: { label: 'Points par tranches' },
  steps: { label: 'Tranches', summary: '{{fields.from}} : {{fields.points}} points' },
  from: { label: 'À partir de' },
  to: { label: 'Jusqu’à, sans compter ce nombre' },
  perUnitAbove: { label: 'Points en plus pour chaque unité au-dessus' },
  coefficient: { label: 'Coefficient' },
  factor: { label: 'Multiplicateur', hint: 'Par exemple 1,3 pour ajouter 30 pour cent.' },
  validation: { label: 'Vérification' },
  examples: { label: 'Exemples de foyers', summary: '{{fields.name}}' },
  total: { label: 'Total attendu' },
  showcase: { label: 'Exemple montré sur la page de la cotation' },
  // glossary and pages
  term: { label: 'Mot' },
  forms: { label: 'Formes du mot dans les textes' },
  definition: { label: 'Définition', long: true },
  example: { label: 'Exemple', long: true },
  order: { label: 'Ordre dans la liste' },
  lastReview: { label: 'Date de la dernière vérification', widget: 'datetime' },
  falcReview: {
    label: 'Relecture par un groupe de lecteurs',
    hint: 'À remplir après la relecture de la page par des lecteurs en situation de handicap intellectuel (un établissement d’aide par le travail, un groupe de personnes handicapées qui parlent pour elles-mêmes, une association).',
  },
  guideFalcReview: {
    label: 'Relecture du guide par un groupe de lecteurs',
    hint: 'À remplir après la relecture du guide PDF par des lecteurs en situation de handicap intellectuel.',
  },
  by: { label: 'Relu par', hint: 'Le nom de l’organisation des relecteurs, jamais le nom d’une personne.' },
  navLabel: { label: 'Nom court dans le menu' },
  references: {
    label: 'Sources des informations de la page',
    hint: 'Le document et la partie d’où vient chaque information. Pas publié : gardé pour la prochaine vérification.',
  },
  foldAfter: {
    label: 'Parties ouvertes en haut de la page',
    hint: 'Pour une longue page : les parties suivantes sont repliées sous leur titre. Vide : tout est ouvert.',
  },
  // yearly report
  year: { label: 'Année' },
  received: { label: 'Personnes reçues' },
  level1: { label: 'Guichets de niveau 1 (information)' },
  level2: { label: 'Guichets de niveau 2 (enregistrement)' },
  level3: { label: 'Accompagnement social (niveau 3)' },
  registered: { label: 'Demandes enregistrées dans l’année' },
  renewals: { label: 'Demandes renouvelées' },
  mainQuestions: {
    label: 'Questions les plus posées',
    hint: 'Une question par ligne, en FALC, la plus fréquente en premier.',
  },
  actions: { label: 'Actions du plan', summary: '{{fields.title}}' },
  axis: { label: 'Axe du plan' },
  planned: { label: 'Date prévue' },
  comment: { label: 'Commentaire', long: true },
  approval: { label: 'Avis et délibération' },
  cilOpinion: { label: 'Avis de la conférence intercommunale du logement' },
  deliberation: { label: 'Délibération' },
};

/** Words of the kinds of desks and of orientations, shared by desks.yaml and orientation.yaml. */
const PLACES: Record<string, string> = {
  epci: 'L’intercommunalité',
  mairie: 'Une mairie',
  ccas: 'Un centre communal d’action sociale (CCAS)',
  bailleur: 'Un bailleur social',
  'action-logement': 'Action Logement',
  'maison-habitat': 'Une maison de l’habitat',
  departement: 'Le département',
  association: 'Une association',
  siao: 'Le 115 (SIAO)',
  autre: 'Autre',
  portail: 'Le site de la demande en ligne',
  guichet: 'Un guichet d’enregistrement',
};

/**
 * Words of the choices of closed lists, by the field's key (or its full path, checked first): the value written
 * in the file stays the same, the interface shows the words. Keys as in fieldWords.
 */
const CHOICES: Record<string, Record<string, string>> = {
  'sources.*.kind': {
    rpls: 'Répertoire des logements sociaux, un logement par ligne',
    demande: 'Tableau des demandes et attributions',
    indicateurs: 'Indicateurs du parc',
    positionnement: 'Tableau des points des demandes et des ménages logés',
  },
  'questions.*.kind': {
    yesno: 'Oui ou non',
    choice: 'Une réponse parmi plusieurs',
    multi: 'Plusieurs réponses possibles',
    number: 'Un nombre',
    month: 'Un mois et une année',
  },
  'desks.kinds': PLACES,
  preset: {
    'demande-projet': 'Tableau des demandes du projet',
    'drihl-socle': 'Socle de données d’Île-de-France',
    'sdes-communes': 'Résultats du répertoire, feuille des communes',
    'sdes-indicateurs-territoires': 'Indicateurs par intercommunalité',
    'positionnement-projet': 'Tableau des points du projet',
  },
  kind: {
    EPCI: 'EPCI : communauté de communes, d’agglomération ou métropole',
    EPT: 'EPT : territoire du Grand Paris',
    ...PLACES,
  },
  orientation: PLACES,
  on: { positive: 'Les points positifs des autres critères' },
  nature: { cch: 'Obligatoire, fixé par la loi', facultatif: 'Choisi par le territoire', local: 'Priorité locale' },
  validation: { declaratif: 'Compté d’après le formulaire', guichet: 'Vérifié par un guichet' },
  backend: { gitlab: 'GitLab', github: 'GitHub', demo: 'Démonstration : rien n’est enregistré' },
  precision: { adresse: 'Adresse : le point exact', commune: 'Commune : le centre de la commune' },
  audience: {
    tous: 'Tout le monde',
    salaries: 'Salariés des entreprises privées',
    locataires: 'Locataires d’un logement social',
    'habitants-commune': 'Habitants de la commune',
    accompagnes: 'Personnes suivies par un travailleur social',
    // Pages: who the page is mainly for.
    demandeurs: 'Les demandeurs',
    'locataires-hlm': 'Les locataires d’un logement social',
    'personnes-sans-logement': 'Les personnes sans logement',
  },
  step: {
    foyer: 'Le foyer',
    logement: 'Le logement actuel',
    situation: 'La situation',
    motifs: 'Les raisons de la demande',
    anciennete: 'L’ancienneté de la demande',
    refus: 'Les refus',
  },
};
CHOICES.audiences = CHOICES.audience!;

/**
 * The choices of the closed list at `path` as the interface shows them: all with their words when the list has
 * words (the CMS takes either plain values or label and value pairs, not both), else the plain values.
 */
export function choicesAt(
  path: readonly string[],
  values: readonly (string | number)[],
): (string | number | { label: string; value: string })[] {
  const words = lookUp(CHOICES, path);
  if (!words || !values.every((v) => typeof v === 'string')) return [...values];
  return values.map((v) => ({ label: words[v as string] ?? String(v), value: v as string }));
}

/** The entry of `table` for the field at `path`: by the longest matching end of the path, then by its key. */
function lookUp<T>(table: Record<string, T>, path: readonly string[]): T | undefined {
  for (let i = 0; i < path.length; i++) {
    const found = table[path.slice(i).join('.')];
    if (found) return found;
  }
  const last = [...path].reverse().find((p) => p !== '*');
  return last === undefined ? undefined : table[last];
}

/** Words of the field at `path` (keys, "*" for list items). */
export function fieldWords(path: readonly string[]): FieldWords {
  for (let i = 0; i < path.length; i++) {
    const found = BY_PATH[path.slice(i).join('.')];
    if (found) return found;
  }
  const last = [...path].reverse().find((p) => p !== '*') ?? path.join('.');
  return BY_NAME[last] ?? { label: last };
}
