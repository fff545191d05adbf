export declare const offlineEnv: Record<string, string>;
