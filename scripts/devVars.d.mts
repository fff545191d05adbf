export declare function ensureDevVars(path?: string): string[];
