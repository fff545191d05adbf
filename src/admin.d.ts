declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts on /admin pages for a signed-in owner. */
    admin?: {
      session: import('../functions/admin/auth/session').AdminSession;
      /** The session's CSRF token, for the `_csrf` field of every form that changes something. */
      csrfToken: string;
    };
  }
}
