import { loginAction } from './admin/auth/loginAction';
import { logoutAction } from './admin/auth/logoutAction';
import { sessionAction } from './admin/auth/sessionAction';
import { exportAction } from './admin/export/exportAction';
import { formExportAction } from './admin/export/formExportAction';
import { funnelAction } from './admin/funnel/funnelAction';
import { leadAdsAction } from './admin/leadAds/leadAdsAction';
import { retryPlatformLeadAction } from './admin/leadAds/retryPlatformLeadAction';
import { deleteAction } from './admin/leads/deleteAction';
import { inboxAction } from './admin/leads/inboxAction';
import { leadAction } from './admin/leads/leadAction';
import { noteAction } from './admin/leads/noteAction';
import { releaseAction } from './admin/leads/releaseAction';
import { statusAction } from './admin/leads/statusAction';
import { eraseAction } from './admin/privacy/eraseAction';
import { peopleAction } from './admin/privacy/peopleAction';
import { partialsAction, sendResumeAction } from './admin/results/partialsAction';
import { resultsAction, summaryAction } from './admin/results/resultsAction';
import { spendAction } from './admin/spend/spendAction';
import { endTestAction } from './admin/stats/endTestAction';
import { archiveAction } from './admin/studio/archiveAction';
import { createAction } from './admin/studio/createAction';
import { draftAction } from './admin/studio/draftAction';
import { duplicateAction } from './admin/studio/duplicateAction';
import { formFileAction } from './admin/studio/formFileAction';
import { formsAction } from './admin/studio/formsAction';
import { importAction } from './admin/studio/importAction';
import { previewAction } from './admin/studio/previewAction';
import { previewSubmitAction } from './admin/studio/previewSubmitAction';
import { publishAction } from './admin/studio/publishAction';
import { renameAction } from './admin/studio/renameAction';
import { rollbackAction } from './admin/studio/rollbackAction';
import { studioAction } from './admin/studio/studioAction';
import { versionAction } from './admin/studio/versionAction';
import { endpointAction } from './admin/webhooks/endpointAction';
import { endpointsAction } from './admin/webhooks/endpointsAction';
import { recoverAction } from './admin/webhooks/recoverAction';
import { replayAction } from './admin/webhooks/replayAction';
import { downloadAction } from './downloads/downloadAction';
import { formPageAction } from './forms/formPageAction';
import { beaconAction } from './funnel/beaconAction';
import { seeOther } from './http/action';
import { json } from './http/json';
import { notFoundPage } from './http/notFoundPage';
import { formOf } from './http/requestContext';
import type { Route } from './http/routeRequest';
import { metaVerifyAction, metaWebhookAction } from './leadAds/metaWebhookAction';
import { partialAction } from './submissions/partials/partialAction';
import { resumeAction } from './submissions/partials/resumeAction';
import { renderTokenAction } from './submissions/screening/renderTokenAction';
import { submitAction } from './submissions/submit/submitAction';

const GET = ['GET', 'HEAD'];
const POST = ['POST'];
const admin = 'admin' as const;
const form = 'slug' as const;

/**
 * Every way into the Worker, one line a door, read top to bottom: the first that fits a request
 * answers it. A use case reached as a page and as JSON has one action behind both doors.
 */
export const ROUTES: readonly Route[] = [
  { methods: GET, path: '/api/health', handler: async () => json({ status: 'ok' }) },

  // Visitors: a form's pages, its submissions (JSON or the page's own post), and what the island sends.
  // A form that does not exist is 404 under every one of these paths, whatever the method.
  { methods: ['POST', 'OPTIONS'], path: '/api/forms/:slug/submissions', form, handler: submitAction },
  { methods: POST, path: '/f/:slug/submit', form, handler: submitAction },
  { methods: GET, path: '/f/:slug/submit', form, handler: async (rc) => seeOther(`/f/${formOf(rc).slug}/`) },
  { methods: GET, path: '/f/:slug/resume', form, handler: resumeAction },
  { methods: GET, path: '/f/:slug/download/:file', form, handler: downloadAction },
  { methods: GET, path: '/f/:slug/*', form, handler: formPageAction },
  { methods: GET, path: '/api/forms/:slug/render-token', form, handler: renderTokenAction },
  { methods: POST, path: '/api/forms/:slug/partials', form, handler: partialAction },
  // Ad platforms: their lead forms' webhooks, one address per connected Page (functions/leadAds/).
  { methods: GET, path: '/api/lead-ads/meta/:pageId', handler: metaVerifyAction },
  { methods: POST, path: '/api/lead-ads/meta/:pageId', handler: metaWebhookAction },
  // A beacon has nobody to read an error: it is always 204, also for a form that does not exist.
  { methods: POST, path: '/api/forms/:slug/events', handler: beaconAction },

  // The owner: signing in and out.
  { methods: [...GET, ...POST], path: '/admin/login', handler: loginAction },
  { methods: POST, path: '/api/admin/login', handler: loginAction },
  { methods: POST, path: '/admin/logout', access: admin, handler: logoutAction },
  { methods: POST, path: '/api/admin/logout', access: admin, handler: logoutAction },
  { methods: GET, path: '/api/admin/session', access: admin, handler: sessionAction },

  // Leads.
  { methods: GET, path: '/admin/', access: admin, handler: inboxAction },
  { methods: GET, path: '/api/admin/leads', access: admin, handler: inboxAction },
  { methods: GET, path: '/api/admin/leads/export.csv', access: admin, handler: exportAction },
  { methods: GET, path: '/api/admin/leads/export.json', access: admin, handler: exportAction },
  { methods: GET, path: '/admin/leads/:id/', access: admin, handler: leadAction },
  { methods: GET, path: '/api/admin/leads/:id', access: admin, handler: leadAction },
  { methods: POST, path: '/admin/leads/:id/status', access: admin, handler: statusAction },
  { methods: POST, path: '/api/admin/leads/:id/status', access: admin, handler: statusAction },
  { methods: POST, path: '/admin/leads/:id/release', access: admin, handler: releaseAction },
  { methods: POST, path: '/api/admin/leads/:id/release', access: admin, handler: releaseAction },
  { methods: POST, path: '/admin/leads/:id/delete', access: admin, handler: deleteAction },
  { methods: POST, path: '/api/admin/leads/:id/delete', access: admin, handler: deleteAction },
  { methods: POST, path: '/admin/leads/:id/notes', access: admin, handler: noteAction },
  { methods: POST, path: '/api/admin/leads/:id/notes', access: admin, handler: noteAction },

  // The funnel.
  { methods: GET, path: '/admin/funnel/', access: admin, handler: funnelAction },
  { methods: GET, path: '/api/admin/funnel/:form', access: admin, handler: funnelAction },
  { methods: POST, path: '/admin/spend', access: admin, handler: spendAction },
  { methods: POST, path: '/api/admin/spend', access: admin, handler: spendAction },
  { methods: POST, path: '/admin/forms/:slug/test/end', access: admin, handler: endTestAction },
  { methods: POST, path: '/api/admin/forms/:slug/test/end', access: admin, handler: endTestAction },

  // Privacy requests.
  { methods: GET, path: '/admin/privacy/', access: admin, handler: peopleAction },
  { methods: GET, path: '/api/admin/people', access: admin, handler: peopleAction },
  { methods: POST, path: '/admin/privacy/erase', access: admin, handler: eraseAction },
  { methods: POST, path: '/api/admin/people/erase', access: admin, handler: eraseAction },

  // Webhooks: health, logs, replays.
  { methods: GET, path: '/admin/webhooks/', access: admin, handler: endpointsAction },
  { methods: GET, path: '/api/admin/webhooks', access: admin, handler: endpointsAction },
  { methods: POST, path: '/admin/deliveries/:id/replay', access: admin, handler: replayAction },
  { methods: POST, path: '/api/admin/webhooks/deliveries/:id/replay', access: admin, handler: replayAction },
  { methods: GET, path: '/admin/webhooks/:form/:endpoint/', access: admin, handler: endpointAction },
  { methods: GET, path: '/api/admin/webhooks/:form/:endpoint', access: admin, handler: endpointAction },
  { methods: POST, path: '/admin/webhooks/:form/:endpoint/replay-failed', access: admin, handler: recoverAction },
  { methods: POST, path: '/api/admin/webhooks/:form/:endpoint/replay-failed', access: admin, handler: recoverAction },

  // Leads from ad platforms' own forms: where each stands, and trying one again.
  { methods: GET, path: '/api/admin/lead-ads', access: admin, handler: leadAdsAction },
  { methods: POST, path: '/admin/lead-ads/:id/retry', access: admin, handler: retryPlatformLeadAction },
  { methods: POST, path: '/api/admin/lead-ads/:id/retry', access: admin, handler: retryPlatformLeadAction },

  // The form studio: forms, their drafts, versions, previews and files.
  { methods: GET, path: '/admin/forms/', access: admin, handler: formsAction },
  { methods: GET, path: '/api/admin/forms', access: admin, handler: formsAction },
  { methods: POST, path: '/admin/forms/', access: admin, handler: createAction },
  { methods: POST, path: '/api/admin/forms', access: admin, handler: createAction },
  { methods: POST, path: '/admin/forms/import', access: admin, handler: importAction },
  { methods: POST, path: '/api/admin/forms/import', access: admin, handler: importAction },
  // A form's results: its leads as a table, their answers as charts.
  { methods: GET, path: '/admin/forms/:slug/results/', access: admin, handler: resultsAction },
  { methods: GET, path: '/api/admin/forms/:slug/results', access: admin, handler: resultsAction },
  { methods: GET, path: '/admin/forms/:slug/summary/', access: admin, handler: summaryAction },
  { methods: GET, path: '/api/admin/forms/:slug/summary', access: admin, handler: summaryAction },
  { methods: GET, path: '/api/admin/forms/:slug/leads.csv', access: admin, handler: formExportAction },
  { methods: GET, path: '/admin/forms/:slug/partials/', access: admin, handler: partialsAction },
  { methods: GET, path: '/api/admin/forms/:slug/partials', access: admin, handler: partialsAction },
  { methods: POST, path: '/admin/forms/:slug/partials/:id/send', access: admin, handler: sendResumeAction },
  { methods: POST, path: '/api/admin/forms/:slug/partials/:id/send', access: admin, handler: sendResumeAction },
  { methods: GET, path: '/admin/forms/:slug/', access: admin, handler: studioAction },
  { methods: GET, path: '/api/admin/forms/:slug', access: admin, handler: studioAction },
  { methods: ['PUT'], path: '/api/admin/forms/:slug/draft', access: admin, handler: draftAction },
  { methods: POST, path: '/admin/forms/:slug/publish', access: admin, handler: publishAction },
  { methods: POST, path: '/api/admin/forms/:slug/publish', access: admin, handler: publishAction },
  { methods: POST, path: '/admin/forms/:slug/duplicate', access: admin, handler: duplicateAction },
  { methods: POST, path: '/api/admin/forms/:slug/duplicate', access: admin, handler: duplicateAction },
  { methods: POST, path: '/admin/forms/:slug/rename', access: admin, handler: renameAction },
  { methods: POST, path: '/api/admin/forms/:slug/rename', access: admin, handler: renameAction },
  { methods: POST, path: '/admin/forms/:slug/archive', access: admin, handler: archiveAction(true) },
  { methods: POST, path: '/api/admin/forms/:slug/archive', access: admin, handler: archiveAction(true) },
  { methods: POST, path: '/admin/forms/:slug/restore', access: admin, handler: archiveAction(false) },
  { methods: POST, path: '/api/admin/forms/:slug/restore', access: admin, handler: archiveAction(false) },
  { methods: GET, path: '/admin/forms/:slug/versions/:number/', access: admin, handler: versionAction },
  { methods: GET, path: '/api/admin/forms/:slug/versions/:number', access: admin, handler: versionAction },
  { methods: POST, path: '/admin/forms/:slug/versions/:number/rollback', access: admin, handler: rollbackAction },
  { methods: POST, path: '/api/admin/forms/:slug/versions/:number/rollback', access: admin, handler: rollbackAction },
  { methods: GET, path: '/admin/forms/:slug/export.ts', access: admin, handler: formFileAction('ts') },
  { methods: GET, path: '/admin/forms/:slug/export.json', access: admin, handler: formFileAction('json') },
  { methods: GET, path: '/api/admin/forms/:slug/export.json', access: admin, handler: formFileAction('json') },
  { methods: POST, path: '/admin/forms/:slug/preview/submit', access: admin, handler: previewSubmitAction },
  { methods: POST, path: '/api/admin/forms/:slug/preview/submissions', access: admin, handler: previewSubmitAction },
  { methods: GET, path: '/admin/forms/:slug/preview/*', access: admin, handler: previewAction },

  // No other page under /admin is open to anyone but the owner; anything else under /api/ is the catalogue's 404.
  { methods: [...GET, ...POST, 'PUT'], path: '/admin/*', access: admin, handler: (rc) => notFoundPage(rc.env) },
];
