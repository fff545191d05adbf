export declare const DEV_VARS_PATH: string;
export declare function ensureDevVars(path?: string): Promise<{ added: string[]; password: string | undefined }>;
export declare function setDevVar(path: string, name: string, value: string): void;
export declare function devVarNames(text: string): string[];
export declare function newPassword(): string;
