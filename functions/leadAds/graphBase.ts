/** Meta's Graph API, a version Meta supports; META_GRAPH_URL names another (a local stand-in in tests). */
export const META_GRAPH_URL = 'https://graph.facebook.com/v22.0';
