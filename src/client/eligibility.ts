/**
 * « Ai-je droit ? » island. Reads the year's ceilings embedded in the page, asks about the household and
 * answers with the eligibility module's rules and words. Nothing typed leaves the page: no request, no
 * storage. Every text goes in with textContent, never as HTML.
 */
import { eligibility, eligibilityWords, type EligibilityData, type Household } from '../lib/eligibility/browser.ts';

const root = document.getElementById('droit');
if (root) start(root);

/** A whole number typed in a field, or undefined when empty or not a number. */
function wholeNumber(form: HTMLFormElement, name: string): number | undefined {
  const input = form.elements.namedItem(name) as HTMLInputElement | null;
  const text = input?.value.trim().replace(/[\s\u202f\u00a0]/g, '') ?? '';
  if (!/^\d+$/.test(text)) return undefined;
  return Number(text);
}

function start(root: HTMLElement): void {
  const data = JSON.parse(document.getElementById('droit-donnees')!.textContent!) as EligibilityData;
  const form = root.querySelector('form')!;
  const result = root.querySelector<HTMLElement>('#droit-resultat')!;
  const partnerAge = root.querySelector<HTMLElement>('[data-if-couple]')!;
  root.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-without-js]').forEach((el) => (el.hidden = true));

  const isCouple = () => (form.elements.namedItem('couple') as RadioNodeList).value === 'oui';
  form.addEventListener('change', () => (partnerAge.hidden = !isCouple()));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const couple = isCouple();
    const household: Household = {
      couple,
      applicantAge: wholeNumber(form, 'age'),
      partnerAge: couple ? wholeNumber(form, 'partnerAge') : undefined,
      dependants: wholeNumber(form, 'dependants') ?? 0,
      others: wholeNumber(form, 'others') ?? 0,
      disability: (form.elements.namedItem('disability') as HTMLInputElement).checked,
    };
    const code = (form.elements.namedItem('commune') as HTMLSelectElement).value;
    const commune = data.communes.find((c) => c.code === code) ?? data.communes[0]!;
    const answer = eligibility(data.ceilings, commune.zone, household, wholeNumber(form, 'income'));
    const words = eligibilityWords(answer, data.ceilings, commune.name);
    const put = (key: string, text: string) => (result.querySelector(`[data-answer="${key}"]`)!.textContent = text);
    put('summary', words.summary);
    put('household', words.household);
    put('zone', words.zone);
    put('source', words.source);
    const list = result.querySelector('[data-answer="products"]')!;
    list.replaceChildren(
      ...words.products.map((p) => {
        const li = document.createElement('li');
        li.textContent = p.text;
        li.dataset.product = p.product;
        li.dataset.eligible = p.eligible === undefined ? 'inconnu' : p.eligible ? 'oui' : 'non';
        return li;
      }),
    );
    result.hidden = false;
    result.querySelector<HTMLElement>('#droit-titre')!.focus();
  });
}
