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
  { href: '/communes/', label: 'Les communes', summary: 'Les logements sociaux et les guichets de chaque commune.' },
  { href: '/cotation/', label: 'La cotation', summary: 'Les points de votre demande. Estimez vos points sans rien envoyer.' },
  { href: '/plaquettes/', label: 'Les plaquettes', summary: 'Les documents à imprimer pour les guichets.' },
];

/** Links of the footer: legal and help pages. */
export const footerNav: { href: string; label: string }[] = [
  { href: '/mentions-legales/', label: 'Mentions légales' },
  { href: '/accessibilite/', label: 'Accessibilité' },
  { href: '/donnees-personnelles/', label: 'Données personnelles' },
  { href: '/plan-du-site/', label: 'Plan du site' },
];
