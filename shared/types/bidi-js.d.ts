// Runs in: any environment.
//
// Types for bidi-js (https://github.com/lojjic/bidi-js), which ships none: only the functions
// shared/documents/bidi.ts uses, as documented in the package's README and source.
declare module 'bidi-js' {
  export interface EmbeddingLevels {
    /** The resolved level of each UTF-16 code unit; odd levels are right to left. */
    readonly levels: Uint8Array;
    readonly paragraphs: readonly {
      readonly start: number;
      readonly end: number;
      readonly level: number;
    }[];
  }
  export interface Bidi {
    getEmbeddingLevels(text: string, baseDirection?: 'ltr' | 'rtl' | 'auto'): EmbeddingLevels;
    /** Code unit indices in visual order (rules L1 and L2 applied to text[start..end]). */
    getReorderedIndices(
      text: string,
      levels: EmbeddingLevels,
      start?: number,
      end?: number,
    ): number[];
    /** Index → mirrored character (rule L4) for the characters at odd levels. */
    getMirroredCharactersMap(
      text: string,
      levels: Uint8Array,
      start?: number,
      end?: number,
    ): Map<number, string>;
  }
  export default function bidiFactory(): Bidi;
}
