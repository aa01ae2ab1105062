/**
 * French words of the editing interface: the label and help of each field, by the field's key. The fields
 * themselves come from the schemas (fields.ts); a key missing here is shown under its own name, never hidden.
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
  'Syntaxe « opening_hours » d’OpenStreetMap. Jours : Mo Tu We Th Fr Sa Su. Exemples :',
  '« Mo-Fr 08:30-12:00,13:30-17:00; PH off » s’affiche « Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h 30 à 17 h. Fermé les jours fériés. »',
  '« We 13:30-17:30 "sur rendez-vous" » ajoute « sur rendez-vous » au mercredi après-midi.',
  'Laissez vide si les horaires ne sont pas connus : le site dit d’appeler avant de venir.',
  '« npm run check » vérifie la syntaxe à chaque enregistrement.',
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
    hint: 'rpls : un logement par ligne. demande : le tableau des demandes et attributions.',
  },
  'admin.repo': { label: 'Dépôt', hint: 'Sous la forme groupe/projet.', patternMessage: 'groupe/projet attendu' },
  'questions.*.answers.*.next': {
    label: 'Question ou résultat suivant',
    hint: 'Identifiant d’une question ou d’un résultat.',
  },
  'outcomes.*.links.*.label': { label: 'Texte du lien' },
  'outcomes.*.text.*': { label: 'Paragraphe', long: true },
  'notes.*': { label: 'Note', long: true },
  'forms.*': { label: 'Forme' },
  'justificatifs.*': { label: 'Justificatif' },
  'falcReview.date': { label: 'Date de la relecture', widget: 'datetime' },
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
  location: { label: 'Position sur la carte', hint: 'Remplie par « npm run geocode ».' },
  lat: { label: 'Latitude' },
  lon: { label: 'Longitude' },
  precision: { label: 'Précision', hint: 'adresse : point exact. commune : centre de la commune.' },
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
  // glossary and pages
  term: { label: 'Mot' },
  forms: { label: 'Formes du mot dans les textes' },
  definition: { label: 'Définition', long: true },
  example: { label: 'Exemple', long: true },
  order: { label: 'Ordre dans la liste' },
  lastReview: { label: 'Date de la dernière vérification', widget: 'datetime' },
  falcReview: { label: 'Relecture par un groupe de lecteurs FALC' },
  by: { label: 'Relu par' },
  navLabel: { label: 'Nom court dans le menu' },
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

/** Words of the field at `path` (keys, "*" for list items). */
export function fieldWords(path: readonly string[]): FieldWords {
  const joined = path.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
  for (let i = 0; i < path.length; i++) {
    const found = BY_PATH[path.slice(i).join('.')];
    if (found) return found;
  }
  const last = [...path].reverse().find((p) => p !== '*') ?? joined;
  return BY_NAME[last] ?? { label: last };
}
