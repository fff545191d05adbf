import { encodeBase64 } from '../../lib/base64';

const TURNSTILE = 'https://challenges.cloudflare.com';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${encodeBase64(new Uint8Array(digest))}'`;
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The headers of a studio preview page, shown in a frame of the studio: a policy that allows exactly
 * the inline scripts and styles this page has (by hash, never 'unsafe-inline'), posts back to the
 * admin only, and framing by the admin itself, never by another site.
 */
export async function previewHeaders(html: string): Promise<Record<string, string>> {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1] ?? ''));
  const scriptHashes = await Promise.all([...new Set(scripts)].map(sha256));
  const styleHashes = await Promise.all([...new Set([...styles, ...attributes])].map(sha256));
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${TURNSTILE} ${scriptHashes.join(' ')}`,
    `style-src 'self' 'unsafe-hashes' ${styleHashes.join(' ')}`,
    "img-src 'self' data: https:",
    "connect-src 'self'",
    `frame-src ${TURNSTILE}`,
    "form-action 'self'",
    "frame-ancestors 'self'",
    "base-uri 'none'",
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-frame-options': 'SAMEORIGIN',
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
  };
}
