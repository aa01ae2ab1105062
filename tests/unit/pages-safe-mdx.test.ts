import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isSafePageLink, safePagesGuard, unsafePageFindings } from '../../src/lib/pages/index.ts';
import { ROOT } from '../helpers/paths.ts';

const findings = (body: string) => unsafePageFindings('page.mdx', body);
const messages = (body: string) => findings(body).map((d) => d.message);

describe('ce qu’une page peut contenir', () => {
  test('chaque page partagée de content/ passe', () => {
    const dir = join(ROOT, 'content');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const text = readFileSync(join(dir, page), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      expect(findings(text), page).toEqual([]);
    }
  });

  test.each([
    ['note cachée', 'Texte.\n\n{/* Source : seed 003 */}\n\nSuite {/* a */ /* b */}.'],
    ['accolade échappée', 'Un texte avec \\{ une accolade \\}.'],
    ['élément du site', 'Il y a <NombreGuichets niveau={2} /> pour <Territoire />.\n\n<Portails />\n\n<Contact />'],
    [
      'balises permises',
      'Un <strong>mot</strong>, un <em>autre</em>,<br />la <abbr title="Caisse d’allocations familiales">CAF</abbr>.',
    ],
    [
      'liens du site et adresses sûres',
      '[Guichets](/guichets/) [titre](#titre) [voisine](logements/) [mail](mailto:contact@exemple.fr) [tél](tel:+33100000000) [site](https://www.service-public.fr/)\n\n[ref]: https://www.exemple.fr/',
    ],
  ])('accepté : %s', (_, body) => {
    expect(findings(body)).toEqual([]);
  });

  test.each([
    ['import', "import x from '/etc/passwd?raw';\n\nTexte.", 'ligne « import » ou « export » interdite'],
    ['export', 'export const x = 1;\n\nTexte.', 'ligne « import » ou « export » interdite'],
    ['expression', 'Texte {globalThis.process.env.HOME}.', 'code entre accolades { } interdit'],
    ['expression après un commentaire', 'Texte {/* note */ process.exit()}.', 'code entre accolades { } interdit'],
    ['expression en bloc', '{fetch`https://exemple.fr`}', 'code entre accolades { } interdit'],
    ['commentaire non fermé', 'Texte {/* note }.', 'syntaxe MDX incorrecte'],
    ['script', '<script>alert`1`</script>', 'balise « script » interdite'],
    ['style', '<style>{"body{display:none}"}</style>', 'balise « style » interdite'],
    ['iframe', '<iframe src="https://exemple.fr" />', 'balise « iframe » interdite'],
    ['lien HTML', '<a href="javascript:alert`1`">lien</a>', 'balise « a » interdite'],
    ['svg', '<svg onload="alert`1`" />', 'balise « svg » interdite'],
    ['composant inconnu', '<Script />', 'balise « Script » interdite'],
    ['fragment', '<>texte</>', 'balise vide « <> » interdite'],
    ['nom d’un membre d’Object', '<constructor />', 'balise « constructor » interdite'],
    ['autre nom d’un membre d’Object', '<toString>x</toString>', 'balise « toString » interdite'],
    ['attribut nommé comme un membre d’Object', '<Territoire constructor="x" />', 'attribut « constructor » interdit'],
    ['attribut __proto__', '<abbr __proto__="x">CAF</abbr>', 'attribut « __proto__ » interdit'],
    ['script dans une balise permise', '<strong><script>alert`1`</script></strong>', 'balise « script » interdite'],
    ['attribut d’événement', '<strong onclick="alert`1`">x</strong>', 'attribut « onclick » interdit'],
    ['attribut de style', '<em style="display:none">x</em>', 'attribut « style » interdit'],
    [
      'attributs étalés',
      '<Territoire {...globalThis} />',
      'code entre accolades dans la balise « Territoire » interdit',
    ],
    ['attribut calculé', '<NombreGuichets niveau={globalThis.x} />', 'du code entre accolades est interdit'],
    ['valeur hors liste', '<NombreGuichets niveau={4} />', 'valeur « 4 » de « niveau »'],
    ['nombre écrit en texte', '<NombreGuichets niveau="2" />', 'valeur « 2 » de « niveau »'],
    ['attribut manquant', '<NombreGuichets />', 'attribut « niveau » manquant'],
    ['attribut inconnu d’un élément', '<Territoire nom="x" />', 'attribut « nom » interdit'],
    ['lien javascript:', '[x](javascript:alert`1`)', 'adresse de lien refusée'],
    ['lien en majuscules', '[x](JAVASCRIPT:alert`1`)', 'adresse de lien refusée'],
    ['lien avec entité', '[x](&#106;avascript:alert`1`)', 'adresse de lien refusée'],
    ['lien avec espace', '[x](<java script:alert`1`>)', 'adresse de lien refusée'],
    ['lien data:', '[x](data:text/html,<b>x</b>)', 'adresse de lien refusée'],
    ['lien vers un autre site sans protocole', '[x](//exemple.fr/)', 'adresse de lien refusée'],
    ['barre oblique inverse', '[x](/\\exemple.fr/)', 'adresse de lien refusée'],
    ['lien de référence', '[x][r]\n\n[r]: javascript:alert`1`', 'adresse de lien refusée'],
    ['lien file:', '[x](file:///etc/passwd)', 'adresse de lien refusée'],
    ['image externe', '![logo](https://traceur.exemple/p.png)', 'image interdite'],
    ['image locale', '![logo](../../../etc/passwd)', 'image interdite'],
    ['séquence de terminal', 'Texte \u001b[31mrouge.', 'caractère invisible U+001B'],
    ['inversion du sens de lecture', 'Texte \u202eenrevni.', 'caractère invisible U+202E'],
  ])('refusé : %s', (_, body, message) => {
    expect(messages(body).join('\n')).toContain(message);
    for (const d of findings(body)) {
      expect(d.severity).toBe('error');
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    }
  });

  test('chaque refus est placé à sa ligne et sa colonne', () => {
    const [d] = findings('Texte.\n\nUn mot {process.env.HOME} ici.');
    expect([d?.line, d?.column]).toEqual([3, 8]);
  });

  test('adresses : sûres ou refusées', () => {
    for (const ok of ['/guichets/', '#haut', 'https://a.fr/', 'http://a.fr/x?y=1', 'mailto:a@b.fr', 'tel:0100000000'])
      expect(isSafePageLink(ok), ok).toBe(true);
    for (const bad of [
      '',
      'javascript:x',
      'vbscript:x',
      'data:,x',
      '//a.fr',
      'https://',
      'java\tscript:x',
      ' javascript:x',
      'a:b/c',
      '/\\a.fr',
    ])
      expect(isSafePageLink(bad), JSON.stringify(bad)).toBe(false);
  });

  test('le compilateur des pages refuse aussi une page refusée, avant que son code existe', () => {
    const guard = safePagesGuard();
    const fileURL = new URL('file:///territoire/content/page.mdx');
    const source = '---\ntitle: Page\n---\n\nTexte {process.env.HOME}.';
    expect(() => guard({ fileURL, sourceFormat: 'mdx', source })).toThrow(
      /page\.mdx:5:7 {2}erreur : code entre accolades \{ \} interdit/,
    );
    expect(guard({ fileURL, sourceFormat: 'mdx', source: 'Texte <Territoire />.' })).toBeNull();
    // Markdown (.md) is not MDX: no code runs there.
    expect(guard({ fileURL, sourceFormat: 'markdown', source })).toBeNull();
  });
});
