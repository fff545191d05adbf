import type { Receipt } from '../../engine/reply/replySchema';
import type { Figure } from '../../engine/scoring/visitorResults';

/**
 * Puts the thank-you in place of the form, with what this lead's receipt holds (their download,
 * their tier's next step): the page carries the thank-you as the server renders it
 * (src/islands/ResultView.tsx), and the parts a receipt decides (figures included) are filled in or taken out.
 */
export function showReceipt(
  form: HTMLFormElement,
  receipt: Receipt & { figures: readonly Figure[] },
  thanks: string,
): void {
  const template = document.getElementById('fw-done');
  const done = template instanceof HTMLTemplateElement ? template.content.firstElementChild : null;
  if (!(done instanceof HTMLElement)) {
    window.location.assign(thanks);
    return;
  }
  const section = document.importNode(done, true);
  const part = (name: string) => section.querySelector(`[data-fw-part="${name}"]`);
  const link = (name: string, to: { href: string; label: string } | undefined) => {
    const anchor = part(name)?.querySelector('a');
    if (!to || !anchor) {
      part(name)?.remove();
      return;
    }
    anchor.href = to.href;
    anchor.textContent = to.label;
  };
  // The figures the Worker computed, by name; a figure it could not compute is not listed.
  for (const row of section.querySelectorAll<HTMLElement>('[data-fw-figure]')) {
    const figure = receipt.figures.find((each) => each.name === row.dataset.fwFigure);
    const output = row.querySelector('output');
    if (figure && output) output.textContent = figure.text;
    else row.remove();
  }
  if (receipt.figures.length === 0) section.querySelector('.fw-figures')?.remove();
  link('file-link', receipt.download);
  link('step-link', receipt.next);
  const nextText = part('step-text');
  if (receipt.next && nextText) nextText.textContent = receipt.next.text;
  else nextText?.remove();
  form.replaceWith(section);
  section.focus();
}
