/**
 * Checks on the first bytes of a file, before any parsing: an empty file, a web page or error page saved
 * instead of the data (a failed download), a spreadsheet saved with a .csv name.
 */

import { closeSync, openSync, readSync } from 'node:fs';

/** What the first bytes say about the file. */
export type Sniffed = 'empty' | 'html' | 'zip' | 'text';

/** Classifies a file from its first bytes (the whole file when shorter). */
export function sniff(sample: Uint8Array): Sniffed {
  let start = 0;
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) start = 3;
  const head = new TextDecoder('latin1').decode(sample.subarray(start, start + 2048));
  if (head.trim() === '') return 'empty';
  if (sample[start] === 0x50 && sample[start + 1] === 0x4b && sample[start + 2] === 0x03 && sample[start + 3] === 0x04)
    return 'zip';
  const lower = head.trimStart().toLowerCase();
  if (
    /^<(!doctype html|html|head|body|\?xml|!--)/.test(lower) ||
    /<html[\s>]|<body[\s>]|<title>/.test(lower.slice(0, 1024))
  )
    return 'html';
  return 'text';
}

/** Classifies a file from its first 4 KB. */
export function sniffFile(path: string): Sniffed {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    return sniff(buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)));
  } finally {
    closeSync(fd);
  }
}
