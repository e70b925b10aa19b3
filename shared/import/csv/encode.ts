// Runs in: any environment.
//
// Text → bytes in one of the encodings decodeCsvBytes recognises, so a file Zorgtafel writes
// back (the refused rows of an import) opens the same way as the export it came from: the
// school's Excel or administration system read that encoding already. A BOM is written when
// the input had one (UTF-8 with BOM, UTF-16), and only then.
//
// Windows-1252 has 251 characters; text from a Windows-1252 file fits by construction, but a
// character typed elsewhere (an emoji in a translated message) does not: it becomes "?", the
// replacement Windows itself uses for this code page.
import { WINDOWS_1252_HIGH, type CsvEncoding } from './decode';

const REPLACEMENT = 0x3f; // "?"

/** Code point → byte for the characters 0x80-0x9F maps to elsewhere (€, „, ‘, …). */
const WINDOWS_1252_REVERSE: ReadonlyMap<number, number> = new Map(
  WINDOWS_1252_HIGH.map((codePoint, i) => [codePoint, 0x80 + i]),
);

/** Encodes text as Windows-1252; characters outside the code page become "?". */
export function encodeWindows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? REPLACEMENT;
    const high = WINDOWS_1252_REVERSE.get(code);
    if (high !== undefined) out.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(REPLACEMENT);
  }
  return Uint8Array.from(out);
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1)
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Encodes text in `encoding`, with the BOM that encoding had in the input. */
export function encodeCsvText(text: string, encoding: CsvEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le':
      return encodeUtf16(text, true);
    case 'utf-16be':
      return encodeUtf16(text, false);
    case 'windows-1252':
      return encodeWindows1252(text);
    default: {
      const never: never = encoding;
      return never;
    }
  }
}
