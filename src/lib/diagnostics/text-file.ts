/**
 * Reads a settings file (YAML, MDX) that must be UTF-8 text: anything else is one positioned French
 * diagnostic naming what the file is (compressed, UTF-16, binary, Windows-1252…), never mojibake.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from './diagnostic.ts';
import { classifyBytes, firstInvalidUtf8, NOT_TEXT } from './text-bytes.ts';

/** Text of the file, or the reason it is not UTF-8 text. */
export type TextRead = { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

/** Decodes bytes that must be UTF-8 text (a leading byte order mark is dropped). */
export function decodeUtf8Text(bytes: Uint8Array, file: string): TextRead {
  const kind = classifyBytes(bytes);
  if (kind !== 'text' && kind !== 'empty')
    return { diagnostic: { file, line: 1, column: 1, severity: 'error', ...NOT_TEXT[kind] } };
  const bad = firstInvalidUtf8(bytes);
  if (bad) {
    const { line, column } = bad;
    const seen = new TextDecoder('windows-1252').decode(bytes).split('\n')[line - 1]?.[column - 1] ?? '?';
    return {
      diagnostic: {
        file,
        line,
        column,
        severity: 'error',
        message: `le fichier n’est pas en UTF-8 : il semble enregistré en Windows-1252 (Latin-1), le caractère « ${seen} » est illisible en UTF-8`,
        hint: 'enregistrez le fichier avec l’encodage « UTF-8 » : dans le Bloc-notes, menu Enregistrer sous, puis Encodage UTF-8',
      },
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * Largest settings file read: a territory's YAML or a page is a few kilobytes, the largest (desks of a big
 * territory) well under a megabyte. A bigger file is a mistake (a data file saved under a settings name) or
 * an attack on the memory of the building machine, and is refused before it is read.
 */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

/** A problem of the whole file, before anything of it is read. */
const wholeFile = (file: string, message: string, hint: string): TextRead => ({
  diagnostic: { file, line: 1, column: 1, severity: 'error', message, hint },
});

/** Reads a file that must be UTF-8 text, of at most MAX_TEXT_FILE_BYTES. */
export function readUtf8File(path: string, file: string): TextRead {
  const stat = statSync(path);
  // A folder cannot be read, and a pipe or a device would be read forever.
  if (!stat.isFile())
    return wholeFile(
      file,
      'ce n’est pas un fichier : c’est un dossier, ou un fichier spécial',
      'mettez à sa place le fichier lui-même',
    );
  if (stat.size > MAX_TEXT_FILE_BYTES)
    return wholeFile(
      file,
      `fichier de ${Math.round(stat.size / (1024 * 1024)).toLocaleString('fr-FR')} Mo : un fichier de réglages ou une page fait au plus ${MAX_TEXT_FILE_BYTES / (1024 * 1024)} Mo`,
      'vérifiez que ce fichier est le bon : un fichier de données se range dans sources/ et se déclare dans territory.yaml',
    );
  return decodeUtf8Text(readFileSync(path), file);
}
