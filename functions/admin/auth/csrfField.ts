/** The name of the hidden field that carries the CSRF token in admin page forms (src/components/admin/CsrfField.astro). */
export const CSRF_FIELD = '_csrf';
