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
  /** Shown in the header menu too. */
  header?: boolean;
}

/**
 * Every main destination, in reading order: the home page shows them all as cards (so each is one click
 * from home), the header shows those marked `header` (a short menu that fits a phone).
 */
export const mainNav: NavEntry[] = [
  {
    href: '/demander/',
    label: 'Faire une demande',
    header: true,
    summary: 'Comment demander un logement social, sur internet ou dans un guichet.',
  },
  {
    href: '/ai-je-droit/',
    label: 'Ai-je droit ?',
    summary: 'Les plafonds de revenus en euros. Vérifiez si votre foyer peut avoir un logement social.',
  },
  {
    href: '/pieces-justificatives/',
    label: 'Les papiers à donner',
    summary: 'La liste des papiers pour votre demande.',
  },
  {
    href: '/guichets/',
    label: 'Les guichets',
    header: true,
    summary: 'Les adresses, les téléphones et les horaires des guichets.',
  },
  { href: '/ou-aller/', label: 'Où aller ?', summary: 'Quelques questions pour savoir qui peut vous aider.' },
  {
    href: '/delais/',
    label: 'Les délais',
    header: true,
    summary: 'Combien de temps il faut attendre, selon la commune et la taille du logement.',
  },
  {
    href: '/cotation/',
    label: 'La cotation',
    header: true,
    summary: 'Les points de votre demande. Estimez vos points sans rien envoyer.',
  },
  {
    href: '/communes/',
    label: 'Les communes',
    header: true,
    summary: 'Les logements sociaux et les guichets de chaque commune.',
  },
  { href: '/logements/', label: 'Les logements', summary: 'Combien de logements sociaux il y a dans chaque commune.' },
  {
    href: '/comprendre/',
    label: 'Comprendre',
    summary: 'Toutes les étapes expliquées simplement, de la demande jusqu’au bail.',
  },
  { href: '/plaquettes/', label: 'Les plaquettes', summary: 'Les documents à imprimer pour les guichets.' },
  { href: '/recherche/', label: 'Rechercher', header: true, summary: 'Cherchez un mot dans tout le site.' },
];

/** The short header menu. */
export const headerNav: NavEntry[] = mainNav.filter((n) => n.header);

/** Links of the footer: legal and help pages. */
export const footerNav: { href: string; label: string }[] = [
  { href: '/mentions-legales/', label: 'Mentions légales' },
  { href: '/accessibilite/', label: 'Accessibilité' },
  { href: '/donnees-personnelles/', label: 'Données personnelles' },
  { href: '/plan-du-site/', label: 'Plan du site' },
  { href: '/donnees/', label: 'Données ouvertes' },
  { href: '/glossaire/', label: 'Glossaire' },
];
