/**
 * Leaflet island of the directory, loaded only when the visitor asks for the map. Markers differ by
 * shape and letter (not by colour alone), are reachable with the Tab key and open with Enter; each
 * popup is a copy of the desk's card in the list, so the two never disagree. Approximate positions
 * are drawn dashed and said in words.
 */
import L from 'leaflet';
import { escapeHtml } from '../lib/format/index.ts';
// Leaflet's stylesheet is added only when the map is drawn (not linked by the page in advance).
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';

function loadLeafletCss(): Promise<void> {
  if (document.querySelector('link[data-leaflet-css]')) return Promise.resolve();
  return new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCssUrl });
    link.dataset.leafletCss = '';
    link.addEventListener('load', () => done());
    link.addEventListener('error', () => done());
    document.head.append(link);
  });
}

/** A desk as the map needs it (written by DeskMap.astro). */
export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  approximate: boolean;
  level: 1 | 2 | 3;
}

const LETTER = { 1: 'I', 2: 'D', 3: 'A' } as const;
const LEVEL_WORDS = { 1: 'information', 2: 'dépôt de la demande', 3: 'accompagnement social' } as const;
const SIZE = 30;

function popupContent(id: string): HTMLElement {
  const card = document.getElementById(`guichet-${id}`);
  const copy = (card?.cloneNode(true) as HTMLElement | undefined) ?? document.createElement('div');
  copy.removeAttribute('id');
  copy.classList.add('desk-popup');
  // A card folded in the list shows its whole text in the popup: the visitor asked for this desk.
  copy.querySelector('details')?.setAttribute('open', '');
  return copy;
}

/** Draws the map in `container` with one marker per desk. */
export async function showMap(container: HTMLElement, points: MapPoint[]): Promise<L.Map> {
  await loadLeafletCss();
  const map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(container.dataset.tiles ?? '', {
    // Leaflet writes attributions as HTML: the territory's text is shown as text.
    attribution: escapeHtml(container.dataset.attribution ?? ''),
    maxZoom: Number(container.dataset.maxZoom ?? 18),
  }).addTo(map);
  // On a phone the popup must fit inside the map, close button included.
  const popupWidth = Math.max(180, Math.min(340, container.clientWidth - 70));
  const sameSpot = new Map<string, number>();
  const markers = new Map<string, L.Marker>();
  for (const p of points) {
    const key = `${p.lat},${p.lon}`;
    const rank = sameSpot.get(key) ?? 0;
    sameSpot.set(key, rank + 1);
    const label = `${p.name}, ${LEVEL_WORDS[p.level]}${p.approximate ? ', position approximative' : ''}`;
    const icon = L.divIcon({
      className: `desk-marker level-${p.level}${p.approximate ? ' approximate' : ''}`,
      html: `<span aria-hidden="true">${LETTER[p.level]}</span>`,
      iconSize: [SIZE, SIZE],
      // Desks placed at the same commune centre are drawn side by side instead of on top of each other.
      iconAnchor: [SIZE / 2 - rank * (SIZE + 4), SIZE / 2],
      popupAnchor: [rank * (SIZE + 4), -SIZE / 2],
    });
    const marker = L.marker([p.lat, p.lon], { icon, title: label, alt: label, keyboard: true, riseOnHover: true });
    marker.bindPopup(() => popupContent(p.id), {
      maxWidth: popupWidth,
      minWidth: Math.min(220, popupWidth),
      autoPanPadding: [8, 8],
    });
    marker.on('add', () => {
      const el = marker.getElement();
      el?.setAttribute('role', 'button');
      el?.setAttribute('aria-label', label);
      el?.setAttribute('data-marker', p.id);
    });
    marker.on('popupopen', () => {
      const heading = marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.desk-name');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    });
    marker.addTo(map);
    markers.set(p.id, marker);
  }
  const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 14 });
  else map.setView([46.5, 2.5], 5);
  document.addEventListener('desks-filtered', (e) => {
    const visible = new Set((e as CustomEvent<{ visible: string[] }>).detail.visible);
    for (const [id, m] of markers) {
      if (visible.has(id)) m.addTo(map);
      else m.remove();
    }
  });
  return map;
}
