import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  classifyBytes,
  decodeUtf8Text,
  formatDiagnostic,
  isSafeUrl,
  linkUrl,
  foreignEntries,
  parseYamlFile,
  readYamlFile,
  webUrl,
  zodIssuesToDiagnostics,
} from '../../src/lib/diagnostics/index.ts';

describe('positions YAML', () => {
  const text = 'name: Test\nlist:\n  - id: a\n    value: 3\n  - id: b\n    value: x\n';
  test('locate donne la ligne et la colonne réelles d’une valeur', () => {
    const yaml = parseYamlFile('f.yaml', text);
    expect(yaml.locate(['list', 1, 'value'])).toEqual({ line: 6, column: 12 });
    expect(yaml.locate(['name'])).toEqual({ line: 1, column: 7 });
  });

  test('une erreur de syntaxe est placée à son endroit', () => {
    const yaml = parseYamlFile('f.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(yaml.syntaxErrors.length).toBeGreaterThan(0);
    expect(yaml.syntaxErrors[0]?.message).toContain('syntaxe YAML incorrecte');
    expect(yaml.syntaxErrors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  test('les erreurs zod deviennent des lignes françaises placées sur la valeur fautive', () => {
    const yaml = parseYamlFile('f.yaml', text);
    const schema = z.object({
      name: z.string(),
      list: z.array(z.object({ id: z.string(), value: z.number() })),
      missing: z.string(),
    });
    const result = schema.safeParse(yaml.data);
    if (result.success) throw new Error('le schéma aurait dû refuser ce fichier');
    const lines = zodIssuesToDiagnostics(result.error.issues, yaml).map(formatDiagnostic);
    expect(lines).toContain(
      'f.yaml:6:12  erreur : « list › n°2 › value » : un nombre est attendu, mais « x » est un texte  (écrivez le nombre en chiffres, sans guillemets ni unité)',
    );
    expect(lines.some((l) => l.includes('« missing » : champ obligatoire absent'))).toBe(true);
  });
});

describe('messages zod pour les personnes qui écrivent le YAML', () => {
  const issuesOf = (text: string, schema: z.ZodType) => {
    const yaml = parseYamlFile('t.yaml', text);
    const r = schema.safeParse(yaml.data);
    return r.success ? [] : zodIssuesToDiagnostics(r.error.issues, yaml).map(formatDiagnostic);
  };

  test('un nombre ou un booléen là où un texte est attendu : le message dit d’ajouter des guillemets', () => {
    const lines = issuesOf('code: 63430\nflag: yes\n', z.object({ code: z.string(), flag: z.string() }));
    expect(lines[0]).toContain('« code » : un texte est attendu, mais 63430 est lu comme un nombre');
    expect(lines[0]).toContain('mettez la valeur entre guillemets : "63430"');
  });

  test('demo: oui est expliqué par true et false, sans dire que « oui » est permis', () => {
    const [line] = issuesOf('demo: oui\n', z.object({ demo: z.boolean() }));
    expect(line).toContain('« oui » n’est pas compris : écrivez true pour oui, false pour non');
    expect(line).not.toMatch(/attendu : oui/);
  });
});

describe('YAML hostile', () => {
  test('une bombe de renvois donne une erreur placée, pas une exception', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const yaml = parseYamlFile('bomb.yaml', bomb);
    expect(yaml.data).toBeUndefined();
    expect(yaml.syntaxErrors).toHaveLength(1);
    expect(formatDiagnostic(yaml.syntaxErrors[0]!)).toMatch(/^bomb\.yaml:2:\d+ {2}erreur : trop de renvois YAML/);
  });

  test('aucun code de la bibliothèque ne passe dans les messages', () => {
    const yaml = parseYamlFile('x.yaml', 'a: "abc\n');
    expect(yaml.syntaxErrors.length).toBeGreaterThan(0);
    for (const d of yaml.syntaxErrors) expect(d.message).not.toMatch(/[A-Z]{2,}_[A-Z]{2,}/);
  });
});

describe('ligne imprimée', () => {
  test('un texte cité du fichier ne peut ni piloter le terminal ni couper la ligne', () => {
    const line = formatDiagnostic({
      file: 'sources/a\u001b]0;titre\u0007.csv',
      line: 3,
      column: 2,
      severity: 'error',
      message: 'commune inconnue « 63\u001b[2J\u001b[31m430\nfaux »',
      hint: 'vérifiez\r',
    });
    expect(line).toBe(
      'sources/a‹U+001B›]0;titre‹U+0007›.csv:3:2  erreur : commune inconnue « 63‹U+001B›[2J‹U+001B›[31m430‹U+000A›faux »  (vérifiez‹U+000D›)',
    );
  });
});

describe('caractères invisibles dans un texte YAML', () => {
  test('une séquence de terminal ou une inversion du sens de lecture est refusée à sa place', () => {
    const yaml = parseYamlFile('f.yaml', 'name: "Mairie\\x1b[31m"\nlist:\n  - ok\n  - "tex\\u202Ete"\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.syntaxErrors.map((d) => [d.line, d.column, d.message])).toEqual([
      [1, 7, 'caractère invisible U+001B dans ce texte, après « Mairie »'],
      [4, 5, 'caractère invisible U+202E dans ce texte, après « tex »'],
    ]);
  });

  test('tabulations, fins de ligne et séparateurs Unicode restent permis', () => {
    const yaml = parseYamlFile('f.yaml', 'text: |\n  ligne\tune\n  ligne deux\nautre: "a\\u2028b"\n');
    expect(yaml.syntaxErrors).toEqual([]);
    expect(yaml.data).toEqual({ text: 'ligne\tune\nligne deux\n', autre: 'a\u2028b' });
  });
});

describe('fichiers texte', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  test('gzip, UTF-16, binaire et texte sont reconnus', () => {
    expect(classifyBytes(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(classifyBytes(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16');
    expect(classifyBytes(new Uint8Array(Buffer.from('name: x\n', 'utf16le')))).toBe('utf-16');
    expect(classifyBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toBe('binary');
    expect(classifyBytes(enc('name: « é »\n'))).toBe('text');
  });

  test('du Windows-1252 est refusé à la position du premier caractère illisible', () => {
    const bytes = new Uint8Array([...enc('name: a\nref: arr'), 0xea, ...enc('t\n')]);
    const r = decodeUtf8Text(bytes, 'w.yaml');
    expect(r.diagnostic).toMatchObject({ line: 2, column: 9 });
    expect(r.diagnostic?.message).toContain('Windows-1252');
  });

  test('un fichier de réglages démesuré est refusé sans être lu', () => {
    const base = mkdtempSync(join(tmpdir(), 'ils-gros-'));
    const path = join(base, 'desks.yaml');
    writeFileSync(path, `desks:\n${'  - id: a\n'.repeat(1_200_000)}`);
    try {
      const r = readYamlFile(path, 'desks.yaml');
      expect(r.data).toBeUndefined();
      expect(r.syntaxErrors).toHaveLength(1);
      expect(r.syntaxErrors[0]).toMatchObject({ file: 'desks.yaml', line: 1, severity: 'error' });
      expect(r.syntaxErrors[0]!.message).toMatch(
        /^fichier de 11 Mo : un fichier de réglages ou une page fait au plus 10 Mo$/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('adresses', () => {
  test.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'JaVaScRiPt:alert(1)',
    'https://',
    '//exemple.fr',
  ])('%s est refusée', (u) => {
    expect(isSafeUrl(u, ['https:', 'http:'])).toBe(false);
    expect(linkUrl().safeParse(u).success).toBe(false);
  });
  test('https, mailto et tel passent là où ils ont un sens', () => {
    expect(webUrl().safeParse('https://www.service-public.fr/').success).toBe(true);
    expect(webUrl().safeParse('mailto:a@b.fr').success).toBe(false);
    expect(linkUrl().safeParse('mailto:a@b.fr').success).toBe(true);
    expect(linkUrl().safeParse('tel:+33473000000').success).toBe(true);
    expect(webUrl({ secureOnly: true }).safeParse('http://a.fr/{z}/{x}/{y}.png').success).toBe(false);
  });
  test('le message nomme le schéma refusé', () => {
    const r = webUrl().safeParse('javascript:alert(1)');
    expect(r.success ? '' : r.error.issues[0]!.message).toContain('adresse « javascript: » refusée');
  });
});

describe('liens symboliques d’un dossier de territoire', () => {
  test('seuls les liens qui sortent du dossier, ou qui ne mènent nulle part, et les fichiers spéciaux sont signalés', () => {
    const base = mkdtempSync(join(tmpdir(), 'ils-liens-'));
    const dir = join(base, 'territoire');
    mkdirSync(join(dir, 'sources', 'vieux'), { recursive: true });
    mkdirSync(join(base, 'voisin'));
    writeFileSync(join(dir, 'sources', 'a.csv'), 'x');
    writeFileSync(join(base, 'voisin', 'desks.yaml'), 'x');
    symlinkSync('a.csv', join(dir, 'sources', 'copie.csv'));
    symlinkSync('../voisin/desks.yaml', join(dir, 'desks.yaml'));
    symlinkSync('/etc', join(dir, 'sources', 'vieux', 'systeme'));
    symlinkSync('absent.csv', join(dir, 'sources', 'casse.csv'));
    symlinkSync('..', join(dir, 'parent'));
    execFileSync('mkfifo', [join(dir, 'sources', 'tube.csv')]);
    try {
      expect(foreignEntries(dir)).toEqual([
        { path: 'desks.yaml', kind: 'link' },
        { path: 'parent', kind: 'link' },
        { path: 'sources/casse.csv', kind: 'link' },
        { path: 'sources/tube.csv', kind: 'special' },
        { path: 'sources/vieux/systeme', kind: 'link' },
      ]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('position d’un problème du fichier entier', () => {
  test('jamais 0:0 : la ligne 1, colonne 1, où l’on arrive en ouvrant le fichier', () => {
    const whole = {
      file: 'sources/a.csv',
      line: 0,
      column: 0,
      severity: 'error' as const,
      message: 'le fichier est vide',
    };
    expect(formatDiagnostic(whole)).toBe('sources/a.csv:1:1  erreur : le fichier est vide');
    expect(formatDiagnostic({ ...whole, line: 4 })).toBe('sources/a.csv:4:1  erreur : le fichier est vide');
  });
});
