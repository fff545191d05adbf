import type { Receipt } from '../../engine/reply/replySchema';

/**
 * Puts the thank-you in place of the form, with what this lead's receipt holds (their download,
 * their tier's next step): the page carries the thank-you as the server renders it
 * (src/islands/ResultView.tsx), and the parts a receipt decides are filled in or taken out.
 */
export function showReceipt(form: HTMLFormElement, receipt: Receipt, thanks: string): void {
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
  link('file-link', receipt.download);
  link('step-link', receipt.next);
  const nextText = part('step-text');
  if (receipt.next && nextText) nextText.textContent = receipt.next.text;
  else nextText?.remove();
  form.replaceWith(section);
  section.focus();
}
