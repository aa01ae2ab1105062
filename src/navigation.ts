/**
 * Main navigation. Each feature adds its entry here; the header, the footer and the home page read it,
 * so that a reader reaches every important page in at most 2 clicks from the home page.
 */
export interface NavEntry {
  /** Path from the site root, with trailing slash. */
  href: string;
  /** Short label for the header. */
  label: string;
  /** One FALC sentence for the home page card. */
  summary: string;
}

/** Entries of the header navigation, in reading order. */
export const mainNav: NavEntry[] = [
  { href: '/guichets/', label: 'Les guichets', summary: 'Les adresses, les téléphones et les horaires des guichets.' },
  { href: '/ou-aller/', label: 'Où aller ?', summary: 'Quelques questions pour savoir qui peut vous aider.' },
  { href: '/communes/', label: 'Les communes', summary: 'Les logements sociaux et les guichets de chaque commune.' },
  { href: '/logements/', label: 'Les logements', summary: 'Combien de logements sociaux il y a dans chaque commune.' },
  { href: '/delais/', label: 'Les délais', summary: 'Combien de temps il faut attendre, selon la commune et la taille du logement.' },
  { href: '/cotation/', label: 'La cotation', summary: 'Les points de votre demande. Estimez vos points sans rien envoyer.' },
  { href: '/demander/', label: 'Faire une demande', summary: 'Comment demander un logement social, sur internet ou dans un guichet.' },
  { href: '/pieces-justificatives/', label: 'Les papiers à donner', summary: 'La liste des papiers pour votre demande.' },
  { href: '/comprendre/', label: 'Comprendre', summary: 'Toutes les étapes expliquées simplement, de la demande jusqu’au bail.' },
  { href: '/communes/', label: 'Les communes', summary: 'Les logements sociaux et les guichets de chaque commune.' },
  { href: '/recherche/', label: 'Rechercher', summary: 'Cherchez un mot dans tout le site.' },
];

/** Links of the footer: legal and help pages. */
export const footerNav: { href: string; label: string }[] = [
  { href: '/mentions-legales/', label: 'Mentions légales' },
  { href: '/accessibilite/', label: 'Accessibilité' },
  { href: '/donnees-personnelles/', label: 'Données personnelles' },
  { href: '/plan-du-site/', label: 'Plan du site' },
  { href: '/donnees/', label: 'Données ouvertes' },
  { href: '/glossaire/', label: 'Glossaire' },
];
