/**
 * Writes public/favicon.ico: the house pictogram of the shared set, white on the brand colour, drawn
 * by Chromium at 16, 32 and 48 pixels and packed as PNG images in one ICO file (the format browsers
 * ask for at /favicon.ico). A maintainer's tool, run by hand when the pictogram or the colour changes:
 * node scripts/favicon.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PICTOGRAMS } from '../src/lib/pictograms/index.ts';

const SIZES = [16, 32, 48];
const BRAND = '#0b5560';

/** The icon as SVG: a rounded brand square with the pictogram stroked in white. */
function iconSvg(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="4" fill="${BRAND}"/>` +
    `<path d="${PICTOGRAMS.house.path}" transform="translate(2.4 2.4) scale(0.8)" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`
  );
}

/** ICO container holding PNG images (allowed since Windows Vista, read by every current browser). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at);
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((x) => x.png)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const images: { size: number; png: Buffer }[] = [];
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${iconSvg()}`,
  );
  images.push({
    size,
    png: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
  });
  await page.close();
}
await browser.close();
const out = join(import.meta.dirname, '..', 'public', 'favicon.ico');
writeFileSync(out, ico(images));
console.log(`${out} écrit (${SIZES.join(', ')} pixels).`);
