/**
 * Components available by name in every MDX page without an import, so the pages stay territory-neutral:
 * the values come from the territory's dataset.
 */
import Territoire from './Territoire.astro';
import Portails from './Portails.astro';
import DelaiAnormalementLong from './DelaiAnormalementLong.astro';
import NombreGuichets from './NombreGuichets.astro';
import Contact from './Contact.astro';

/** Map passed to `<Content components={…} />`. */
export const contentComponents = { Territoire, Portails, DelaiAnormalementLong, NombreGuichets, Contact };
