export declare function cronMatches(expression: string, date: Date): boolean;
export declare function startCronTicker(options: {
  origin: string;
  crons: string[];
  onError?: (error: unknown) => void;
}): () => void;
