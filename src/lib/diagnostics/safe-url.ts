/**
 * The one check of every address written in a settings file. `z.url()` accepts `javascript:`, `data:`,
 * `vbscript:` and `file:`, which become live links once published; here only the schemes that make sense
 * for a public site pass, and the message says which ones.
 */
import { z } from 'zod';

/** Schemes accepted for a web page, and for a link a visitor may follow (mail, phone). */
export const URL_SCHEMES = {
  web: ['https:', 'http:'],
  link: ['https:', 'http:', 'mailto:', 'tel:'],
  secure: ['https:'],
} as const;

/** True when `value` is an absolute address with one of the `schemes` (and a host for web addresses). */
export function isSafeUrl(value: string, schemes: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!schemes.includes(url.protocol)) return false;
  return url.protocol === 'mailto:' || url.protocol === 'tel:' || url.hostname !== '';
}

function urlSchema(schemes: readonly string[], example: string) {
  const names = schemes.map((s) => (s === 'https:' || s === 'http:' ? `${s}//` : s));
  const wanted = names.length > 1 ? `${names.slice(0, -1).join(', ')} ou ${names.at(-1)}` : names[0]!;
  return z
    .string({ error: `adresse attendue entre guillemets, par exemple ${example}` })
    .trim()
    .superRefine((value, ctx) => {
      if (isSafeUrl(value, schemes)) return;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      // continue: false, so that later checks of the field never see an address that does not parse.
      ctx.addIssue({
        code: 'custom',
        continue: false,
        message:
          scheme && !schemes.includes(`${scheme}:`)
            ? `adresse « ${scheme}: » refusée : seules les adresses ${wanted} sont acceptées`
            : `adresse incorrecte « ${value.slice(0, 80)} » : attendu une adresse complète commençant par ${wanted}, par exemple ${example}`,
      });
    });
}

/** A web page: `https://` (or `http://` when `secureOnly` is false). */
export function webUrl(options: { secureOnly?: boolean } = {}) {
  return options.secureOnly
    ? urlSchema(URL_SCHEMES.secure, 'https://www.exemple.fr/')
    : urlSchema(URL_SCHEMES.web, 'https://www.exemple.fr/');
}

/** A link shown to visitors: a web page, an e-mail (`mailto:`) or a phone number (`tel:`). */
export function linkUrl() {
  return urlSchema(URL_SCHEMES.link, 'https://www.exemple.fr/ ou mailto:contact@exemple.fr');
}
