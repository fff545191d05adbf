import { describe, expect, it } from 'vitest';
import { checkWebhookTarget } from '../../../src/engine/webhooks/checkWebhookTarget';

const strict = { allowLoopback: false };
const local = { allowLoopback: true };

function reasonFor(url: string, options = strict): string {
  const target = checkWebhookTarget(url, options);
  return target.ok ? `accepted ${target.url.href}` : target.reason;
}

describe('checkWebhookTarget', () => {
  it.each([
    'https://hooks.example.com/x',
    'https://93.184.216.34/',
    'https://[2606:4700::1111]/',
    'http://hooks.example.com:8080/formwell?token=abc',
    'https://HOOKS.Example.COM./x',
    'https://1.1.1.1/',
    'https://172.32.0.1/',
    'https://[2a00:1450:4001::200e]/',
  ])('accepts the public address %s', (url) => {
    const target = checkWebhookTarget(url, strict);
    expect(target.ok && target.url).toEqual(new URL(url));
  });

  it.each([
    ['not a URL', 'hooks.example.com/x', 'not a valid URL'],
    ['an ftp URL', 'ftp://hooks.example.com/', 'not ftp://'],
    ['a javascript URL', 'javascript:alert(1)', 'not javascript://'],
    ['a file URL', 'file:///etc/passwd', 'not file://'],
    ['a user name', 'https://admin@hooks.example.com/', 'user name or password'],
    ['a password', 'https://:hunter2@hooks.example.com/', 'user name or password'],
  ])('rejects %s', (_, url, reason) => {
    expect(reasonFor(url)).toContain(reason);
  });

  it('does not repeat a password from the URL in its reason', () => {
    expect(reasonFor('https://user:hunter2@hooks.example.com/')).not.toContain('hunter2');
  });

  it.each([
    ['localhost', 'http://localhost/'],
    ['localhost with a port', 'http://localhost:8787/'],
    ['localhost with a trailing dot', 'http://localhost./'],
    ['localhost in capitals with a trailing dot', 'http://LOCALHOST./'],
    ['localhost in full-width letters', 'http://ｌｏｃａｌｈｏｓｔ/'],
    ['a subdomain of localhost', 'http://api.localhost/'],
    ['a .local name', 'http://printer.local/'],
    ['a .local name in mixed case with a trailing dot', 'http://Printer.LOCAL./'],
    ['an .internal name', 'http://metadata.google.internal/'],
    ['an .internal name with a trailing dot', 'http://metadata.google.internal./'],
    ['a .home.arpa name', 'http://router.home.arpa/'],
    ['a .home.arpa name in capitals', 'http://ROUTER.HOME.ARPA./'],
    ['a single-label name', 'http://intranet/'],
  ])('rejects %s', (_, url) => {
    expect(reasonFor(url)).toMatch(/ends in "\.(localhost|local|internal|home\.arpa)"|has no domain/);
  });

  it.each([
    ['http://127.0.0.1/', '127.0.0.0/8'],
    ['http://127.255.255.254/', '127.0.0.0/8'],
    ['http://2130706433/', '127.0.0.0/8'],
    ['http://0x7f000001/', '127.0.0.0/8'],
    ['http://127.1/', '127.0.0.0/8'],
    ['http://0177.0.0.1/', '127.0.0.0/8'],
    ['http://127.0.0.1./', '127.0.0.0/8'],
    ['http://0.0.0.0/', '0.0.0.0/8'],
    ['http://0/', '0.0.0.0/8'],
    ['http://10.0.0.1/', '10.0.0.0/8'],
    ['http://100.64.0.1/', '100.64.0.0/10'],
    ['http://100.127.255.255/', '100.64.0.0/10'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.0.0/16'],
    ['http://172.16.0.1/', '172.16.0.0/12'],
    ['http://172.31.255.255/', '172.16.0.0/12'],
    ['http://192.0.0.8/', '192.0.0.0/24'],
    ['http://192.0.2.1/', '192.0.2.0/24'],
    ['http://192.168.1.1/', '192.168.0.0/16'],
    ['http://198.18.0.1/', '198.18.0.0/15'],
    ['http://198.19.255.255/', '198.18.0.0/15'],
    ['http://198.51.100.7/', '198.51.100.0/24'],
    ['http://203.0.113.9/', '203.0.113.0/24'],
    ['http://224.0.0.1/', '224.0.0.0/4'],
    ['http://239.255.255.250/', '224.0.0.0/4'],
    ['http://240.0.0.1/', '240.0.0.0/4'],
    ['http://255.255.255.255/', '255.255.255.255/32'],
    ['http://[::1]/', '::1/128'],
    ['http://[0:0:0:0:0:0:0:1]/', '::1/128'],
    ['http://[::]/', '::/128'],
    ['http://[fc00::1]/', 'fc00::/7'],
    ['http://[fdff:ffff::1]/', 'fc00::/7'],
    ['http://[fe80::1]/', 'fe80::/10'],
    ['http://[febf::1]/', 'fe80::/10'],
    ['http://[fec0::1]/', 'fec0::/10'],
    ['http://[ff02::1]/', 'ff00::/8'],
    ['http://[2001:db8::1]/', '2001:db8::/32'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:0:0/96'],
    ['http://[::ffff:7f00:1]/', '::ffff:0:0/96'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:0:0/96'],
    ['http://[::ffff:93.184.216.34]/', '::ffff:0:0/96'],
    ['http://[::ffff:0:127.0.0.1]/', '::ffff:0:0:0/96'],
    ['http://[::ffff:0:a9fe:a9fe]/', '::ffff:0:0:0/96'],
    ['http://[::127.0.0.1]/', '::/96'],
    ['http://[64:ff9b::10.0.0.1]/', '64:ff9b::/96'],
    ['http://[64:ff9b::7f00:1]/', '64:ff9b::/96'],
    ['http://[64:ff9b:1::a00:1]/', '64:ff9b:1::/48'],
    ['http://[2002:7f00:1::]/', '2002::/16'],
    ['http://[2001:0:4136:e378::1]/', '2001::/32'],
    ['http://[100::1]/', '100::/64'],
  ])('rejects %s as an address in %s', (url, cidr) => {
    expect(reasonFor(url)).toContain(`is in ${cidr},`);
    expect(reasonFor(url)).toContain('Webhooks are sent only to public internet addresses');
  });

  it('suggests the loopback setting only for loopback addresses', () => {
    expect(reasonFor('http://127.0.0.1/')).toContain('allow-loopback setting');
    expect(reasonFor('http://localhost/')).toContain('allow-loopback setting');
    expect(reasonFor('http://10.0.0.1/')).not.toContain('allow-loopback setting');
  });

  describe('with allowLoopback for local development', () => {
    it.each([
      'http://localhost:8787/hook',
      'http://LOCALHOST./hook',
      'http://127.0.0.1:8787/hook',
      'http://127.1/',
      'http://2130706433/',
      'http://[::1]:8787/hook',
    ])('accepts the loopback address %s', (url) => {
      expect(checkWebhookTarget(url, local).ok).toBe(true);
    });

    it.each([
      'http://0.0.0.0/',
      'http://[::]/',
      'http://10.0.0.1/',
      'http://169.254.169.254/',
      'http://192.168.1.1/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://api.localhost/',
      'http://printer.local/',
      'http://user:pw@localhost/',
    ])('still rejects %s', (url) => {
      expect(checkWebhookTarget(url, local).ok).toBe(false);
    });
  });
});
