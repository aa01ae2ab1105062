/**
 * Filters the directory list in place. The static filter links stay for people without JavaScript;
 * with it, the form appears and answers at once, saying how many desks remain.
 */
const form = document.querySelector<HTMLFormElement>('[data-desk-filter]');
if (form) {
  const items = [...document.querySelectorAll<HTMLLIElement>('[data-desk-groups] li[data-levels]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const apply = () => {
    const data = new FormData(form);
    const level = String(data.get('niveau') ?? '');
    // A commune is where the person lives: the desks serving it, written on its option by the build.
    const communeSelect = form.querySelector<HTMLSelectElement>('select[name="commune"]');
    const serving = communeSelect?.value
      ? (communeSelect.selectedOptions[0]?.dataset.desks ?? '').split(' ')
      : undefined;
    const audience = String(data.get('public') ?? '');
    let shown = 0;
    for (const li of items) {
      const ok =
        (!level || (li.dataset.levels ?? '').split(' ').includes(level)) &&
        (!serving || serving.includes(li.querySelector<HTMLElement>('[data-desk]')?.dataset.desk ?? '')) &&
        (!audience || li.dataset.audience === audience);
      li.hidden = !ok;
      if (ok) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-desk-groups] [data-group]'))
      group.hidden = !group.querySelector('li[data-levels]:not([hidden])');
    if (count)
      count.textContent =
        shown === 0
          ? 'Aucun guichet ne correspond.'
          : shown === 1
            ? '1 guichet affiché.'
            : `${shown} guichets affichés.`;
    document.dispatchEvent(
      new CustomEvent('desks-filtered', {
        detail: {
          visible: items
            .filter((li) => !li.hidden)
            .map((li) => li.querySelector<HTMLElement>('[data-desk]')?.dataset.desk),
        },
      }),
    );
  };
  form.hidden = false;
  // The form does the same as the static filter links, faster: the links would only repeat it.
  const links = document.querySelector<HTMLElement>('[data-filter-links]');
  if (links) links.hidden = true;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
}
