declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the first focus, tap or key press inside the island (src/islands/hydrateOnInteraction.ts). */
    'client:interact'?: boolean;
  }
}

export {};
