/**
 * Makes tables marked `data-sortable` sortable by clicking a column header (progressive enhancement:
 * without JavaScript the table is complete and already in a useful order).
 * A header opts in with `data-sort="number"` or `data-sort="text"`; a cell may give its sort key in
 * `data-value` (empty for a masked or missing figure, which always goes last, never counted as 0).
 */

type Direction = 'ascending' | 'descending';

function key(cell: Element | undefined, numeric: boolean): number | string | null {
  if (!cell) return null;
  const raw = cell.getAttribute('data-value') ?? cell.textContent?.trim() ?? '';
  if (raw === '') return null;
  if (!numeric) return raw;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

function compare(a: number | string | null, b: number | string | null, direction: Direction): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'fr');
  return direction === 'ascending' ? order : -order;
}

function sortBy(table: HTMLTableElement, column: number, numeric: boolean, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  rows.sort((r1, r2) => compare(key(r1.cells[column], numeric), key(r2.cells[column], numeric), direction));
  body.append(...rows);
}

function enhance(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  table.before(status);
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      sortBy(table, th.cellIndex, th.dataset['sort'] === 'number', direction);
      const words = direction === 'ascending' ? 'du plus petit au plus grand' : 'du plus grand au plus petit';
      status.textContent = `Tableau trié par ${button.textContent?.trim() ?? ''}, ${words}.`;
    });
  }
}

const tables = document.querySelectorAll<HTMLTableElement>('table[data-sortable]');
for (const table of tables) enhance(table);
if (tables.length > 0) document.documentElement.classList.add('sort-ready');
