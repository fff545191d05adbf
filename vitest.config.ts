import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { freePort } from './scripts/freePort.mjs';
import { offlineEnv } from './scripts/offline.mjs';

// No telemetry, update checks or cf.json downloads from wrangler, miniflare or astro during tests.
Object.assign(process.env, offlineEnv);

const migrations = await readD1Migrations('migrations');
// The fake Turnstile verifier's port is chosen here because the Worker's bindings must name it before
// global setups run; tests/functions/intake/turnstile/startTurnstileVerifier.ts listens on it. Vitest
// evaluates this file more than once: every evaluation must name the same port.
process.env.FORMWELL_TEST_TURNSTILE_PORT ??= String(await freePort());
const turnstilePort = process.env.FORMWELL_TEST_TURNSTILE_PORT;
// The same for the fake Graph API (tests/functions/leadAds/startFakeGraph.ts).
process.env.FORMWELL_TEST_GRAPH_PORT ??= String(await freePort());
const graphPort = process.env.FORMWELL_TEST_GRAPH_PORT;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'engine',
          include: ['tests/engine/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./tests/loadPhoneNumbers.ts'],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            main: './tests/functions/testWorker.ts',
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                FORM_TOKEN_SECRET: 'test-form-token-secret',
                // The hash of "test-owner-password" (tests/functions/admin/adminSession.ts signs in with it).
                ADMIN_PASSWORD_HASH:
                  'pbkdf2-sha256:100000:BwcHBwcHBwcHBwcHBwcHBw==:f4+/09i5unvl2P3IrkEPzjw7/GcC3WRbkXimw4NO9Co=',
                ADMIN_SESSION_SECRET: 'test-admin-session-secret',
                // Webhooks: the test receiver listens on 127.0.0.1 (tests/functions/webhooks/receiver).
                WEBHOOKS_ALLOW_LOOPBACK: 'true',
                TEST_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
                OWNER_EMAIL_TO: 'owner@formwell.test',
                OWNER_EMAIL_FROM: 'leads@formwell.test',
                REPLY_FROM: 'replies@formwell.test',
                // Intake: Turnstile verifies against the fake siteverify; an embed origin read from a variable.
                TURNSTILE_VERIFY_URL: `http://127.0.0.1:${turnstilePort}/siteverify`,
                TEST_TURNSTILE_SECRET: 'fake-turnstile-secret',
                TEST_EMBED_ORIGINS: 'https://partner.example https://second.example',
                // Meta Lead Ads: the quote form's connection, against the fake Graph API.
                META_GRAPH_URL: `http://127.0.0.1:${graphPort}/v22.0`,
                META_APP_SECRET: 'test-meta-app-secret',
                META_VERIFY_TOKEN: 'test-meta-verify-token',
                META_PAGE_TOKEN: 'fake-page-token',
                // Conversions from the demo form (templates/demo.ts), to the same stand-in.
                META_CAPI_TOKEN: 'fake-capi-token',
                GOOGLE_ADS_API_URL: `http://127.0.0.1:${graphPort}/google/v21`,
                GOOGLE_OAUTH_TOKEN_URL: `http://127.0.0.1:${graphPort}/google/token`,
                GOOGLE_ADS_DEVELOPER_TOKEN: 'fake-developer-token',
                GOOGLE_ADS_CLIENT_ID: 'fake-client-id',
                GOOGLE_ADS_CLIENT_SECRET: 'fake-client-secret',
                GOOGLE_ADS_REFRESH_TOKEN: 'fake-google-refresh-token',
              },
              // As an owner would restrict it: mail to anyone else is refused (tests/functions/webhooks/ownerEmail.test.ts).
              // Replies go to anyone, but only from the replies address (tests/functions/webhooks/leadReply.test.ts).
              email: {
                send_email: [
                  { name: 'OWNER_EMAIL', allowed_destination_addresses: ['owner@formwell.test'] },
                  { name: 'LEAD_EMAIL', allowed_sender_addresses: ['replies@formwell.test'] },
                ],
              },
            },
          }),
        ],
        test: {
          name: 'functions',
          include: ['tests/functions/**/*.test.ts'],
          setupFiles: ['./tests/functions/applyMigrations.ts', './tests/loadPhoneNumbers.ts'],
          globalSetup: [
            './tests/functions/webhooks/receiver/startReceiver.ts',
            './tests/functions/intake/turnstile/startTurnstileVerifier.ts',
            './tests/functions/leadAds/startFakeGraph.ts',
          ],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/startWorker.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
