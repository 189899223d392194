// The few parts of `az` (OpenCorpora morphology for Russian, no types of its own) lib/search reads.
declare module "az" {
  interface AzParse {
    tag: { POST?: string };
    score: number;
    parser?: unknown;
    normalize(keepPOS?: boolean): { word: string; tag: { POST?: string } };
  }
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
