const TURNSTILE_SCRIPT = 'https://challenges.cloudflare.com/turnstile/v0/api.js';

/** Turnstile's widget script, added once, when a form that enables it wakes (no other form ever loads it). */
export function loadTurnstile(): void {
  if (document.querySelector(`script[src="${TURNSTILE_SCRIPT}"]`)) return;
  const script = document.createElement('script');
  script.src = TURNSTILE_SCRIPT;
  script.async = true;
  document.head.appendChild(script);
}
