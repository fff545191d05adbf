/*
 * Formwell embed: loads each <iframe data-formwell data-src="https://<formwell>/f/<form>/"> with the
 * embedding page's address and referrer (for attribution), and sizes it to the form's height, which
 * the form page posts on every change. Served by Formwell; include it with <script src async>.
 */
(() => {
  const script = document.currentScript;
  const origin = new URL(script.src).origin;
  const frames = [...document.querySelectorAll('iframe[data-formwell]')];
  for (const frame of frames) {
    const url = new URL(frame.dataset.src || frame.src, origin);
    url.searchParams.set('fw_landing', location.href);
    if (document.referrer) url.searchParams.set('fw_referrer', document.referrer);
    frame.src = url.href;
  }
  addEventListener('message', (event) => {
    if (event.origin !== origin || event.data?.formwell !== 'height') return;
    const height = Number(event.data.height);
    const frame = frames.find((candidate) => candidate.contentWindow === event.source);
    if (frame && height > 0 && height < 100000) frame.style.height = `${Math.ceil(height)}px`;
  });
})();
