// Runs in: any environment.
//
// Turns the bytes of a CSV export into text. School administration systems and Excel write
// UTF-8 with or without a byte order mark, "Unicode text" (UTF-16 with a BOM), or the old
// Windows code page 1252; a wrong guess shows "Ã«" for "ë". Strict UTF-8 decoding fails on
// Windows-1252 bytes such as 0xEB ("ë"), so a failure is the signal to fall back.
//
// Windows-1252 is decoded here, not by TextDecoder('windows-1252'): Node since 20.18.3 decodes
// that label as Latin-1 (nodejs/node#56542, #60888), turning "€", "‘" and "–" (0x80-0x9F)
// into control characters, while Chromium follows the WHATWG table. Our own table gives the
// same text in every environment.

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

/** WHATWG index-windows-1252 for bytes 0x80-0x9F; every other byte is its own code point. */
export const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** Decodes Windows-1252 bytes (a single-byte code page: one byte, one character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes CSV bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and when
 * the bytes are not valid UTF-8, Windows-1252. The BOM is never part of the returned text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8-bom',
    };
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Spreadsheet files that are not CSV: .xlsx (a ZIP archive) and old .xls (an OLE2 file). */
export function looksLikeSpreadsheetFile(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  );
}
