// Unit tests for CSV decoding, delimiter detection and single cell values.
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  decodeWindows1252,
  looksLikeSpreadsheetFile,
} from '../../../shared/import/csv/decode';
import { detectDelimiter } from '../../../shared/import/csv/delimiter';
import { cleanCell } from '../../../shared/import/csv/table';
import { parseDutchDate, parseRelation, parseYesNo } from '../../../shared/import/csv/values';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    expect(decodeCsvBytes(utf8('Zoë;Noëlle'))).toEqual({ text: 'Zoë;Noëlle', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Roepnaam;Zoë')]))).toEqual({
      text: 'Roepnaam;Zoë',
      encoding: 'utf-8-bom',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Chloë;José;Öztürk;€" in Windows-1252.
    const bytes = new Uint8Array([
      0x43, 0x68, 0x6c, 0x6f, 0xeb, 0x3b, 0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0xd6, 0x7a, 0x74, 0xfc,
      0x72, 0x6b, 0x3b, 0x80,
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'Chloë;José;Öztürk;€',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x5a, 0x00, 0x6f, 0x00, 0xeb, 0x00]);
    expect(decodeCsvBytes(le)).toEqual({ text: 'Zoë', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x5a, 0x00, 0x6f, 0x00, 0xeb]);
    expect(decodeCsvBytes(be)).toEqual({ text: 'Zoë', encoding: 'utf-16be' });
  });

  it('recognises spreadsheet files that are not CSV', () => {
    expect(looksLikeSpreadsheetFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(looksLikeSpreadsheetFile(utf8('Roepnaam;Achternaam'))).toBe(false);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Roepnaam;Achternaam;Geboortedatum\nZoë;Berg;12-03-2015', ';'],
    ['Roepnaam,Achternaam,Geboortedatum\nZoë,Berg,12-03-2015', ','],
    ['Roepnaam\tAchternaam\tGeboortedatum\nZoë\tBerg\t12-03-2015', '\t'],
    // Commas inside quotes do not count; the header decides with the lines that agree.
    ['"Naam, ouder";Roepnaam;Achternaam\n"Berg, M. van der";Zoë;Berg', ';'],
    ['"Roepnaam","Adres"\n"Lotte","Lindelaan 4, 2e verdieping"', ','],
    ['Roepnaam', ';'],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('cell values', () => {
  it.each([
    ['12-03-2015', '2015-03-12'],
    ['2-3-2015', '2015-03-02'],
    ['12/03/2015', '2015-03-12'],
    ['12.03.2015', '2015-03-12'],
    ['2015-03-12', '2015-03-12'],
    ['12-3-2015 0:00', '2015-03-12'],
    ['29-02-2016', '2016-02-29'],
  ])('reads the date %j', (text, iso) => {
    expect(parseDutchDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31-02-2015', 'date-not-in-calendar'],
    ['29-02-2015', 'date-not-in-calendar'],
    ['12-13-2015', 'date-not-in-calendar'],
    ['00-01-2015', 'date-not-in-calendar'],
    ['12-03-15', 'date-not-recognised'],
    ['12-03/2015', 'date-not-recognised'],
    ['maart 2015', 'date-not-recognised'],
  ])('refuses the date %j with %s', (text, code) => {
    expect(parseDutchDate(text)).toEqual({ ok: false, code });
  });

  it('reads yes/no and relations the Dutch way', () => {
    expect(['ja', 'J', 'x', 'Ja ', '1'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['nee', 'N', 'geen', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
    expect(parseYesNo('misschien')).toBeUndefined();
    expect(['Moeder', 'VADER', 'pleegmoeder', 'Voogd', 'oom'].map(parseRelation)).toEqual([
      'moeder',
      'vader',
      'verzorger',
      'voogd',
      undefined,
    ]);
  });

  it('unwraps Excel formula-quoted cells', () => {
    expect(cleanCell(' ="00123" ')).toBe('00123');
    expect(cleanCell('  Zoë  ')).toBe('Zoë');
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F by the WHATWG table and the rest to the same code point', () => {
    expect(
      decodeWindows1252(
        new Uint8Array([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x9f, 0xe9, 0xff, 0x41]),
      ),
    ).toBe('€‘’“”–ŸéÿA');
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all).toHaveLength(256);
  });
});
