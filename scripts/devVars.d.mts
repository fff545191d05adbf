export declare function ensureDevVars(path?: string): Promise<string[]>;
