// Runs in: Node (test tooling).
//
// The PDF kit's image block (the school logo on referral letters): PNG and JPEG are
// recognised by their bytes, an image is shrunk to fit its box keeping its shape and never
// enlarged, it is really embedded and drawn, and anything else is refused rather than
// silently dropped.
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { fitImage, imageFormat, renderPdf } from '../../../shared/documents/pdf';
import { renderReferralLetter } from '../../../shared/documents/referralLetter';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { letterContent } from '../referrals/letterFixture';

const fonts = loadDocumentFonts();
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** The width × height of every image XObject in the file. */
async function embeddedImages(
  bytes: Uint8Array,
): Promise<{ width: number; height: number; filter: string | undefined }[]> {
  const doc = await PDFDocument.load(bytes);
  const out: { width: number; height: number; filter: string | undefined }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of('Subtype'))?.toString() !== '/Image') continue;
    if (
      object.dict.get(PDFName.of('SMask')) === undefined &&
      object.dict.get(PDFName.of('ColorSpace'))?.toString() === '/DeviceGray'
    )
      continue;
    out.push({
      width: Number(object.dict.get(PDFName.of('Width'))?.toString()),
      height: Number(object.dict.get(PDFName.of('Height'))?.toString()),
      filter: object.dict.get(PDFName.of('Filter'))?.toString(),
    });
  }
  return out;
}

/**
 * The smallest JPEG pdf-lib embeds: SOI, a JFIF APP0, a baseline SOF0 (16 × 8, three
 * components) and EOI. pdf-lib reads only the SOF header and passes the data through as
 * DCTDecode, so this is enough to check embedding and sizing.
 */
function tinyJpeg(): Uint8Array {
  const sof = [
    0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x08, 0x00, 0x10, 0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x01,
    0x03, 0x11, 0x01,
  ];
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    ...sof,
    0xff,
    0xd9,
  ]);
}

describe('image block', () => {
  it('recognises PNG and JPEG by their first bytes', () => {
    expect(imageFormat(PNG)).toBe('png');
    expect(imageFormat(tinyJpeg())).toBe('jpeg');
    expect(imageFormat(new TextEncoder().encode('GIF89a'))).toBeUndefined();
  });

  it('shrinks to fit the box keeping the aspect ratio, and never enlarges', () => {
    expect(fitImage(400, 100, 180, 64)).toEqual({ width: 180, height: 45 });
    expect(fitImage(100, 400, 180, 64)).toEqual({ width: 16, height: 64 });
    expect(fitImage(20, 10, 180, 64)).toEqual({ width: 20, height: 10 });
    expect(fitImage(0, 10, 180, 64)).toEqual({ width: 0, height: 0 });
  });

  it('embeds a PNG and a JPEG in the PDF next to the text', async () => {
    const jpeg = tinyJpeg();
    const bytes = await renderPdf({
      fonts,
      title: 'Logo-test',
      schoolName: 'OBS De Tweemaster',
      confidential: false,
      blocks: [
        { kind: 'image', bytes: PNG, maxWidth: 180, maxHeight: 64 },
        { kind: 'paragraph', text: 'Tekst onder het logo: Zoë' },
        { kind: 'image', bytes: jpeg, maxWidth: 180, maxHeight: 64 },
      ],
    });
    const images = await embeddedImages(bytes);
    expect(images).toContainEqual({ width: 1, height: 1, filter: '/FlateDecode' });
    expect(images).toContainEqual({ width: 16, height: 8, filter: '/DCTDecode' });
    expect((await extractPdfText(bytes)).text).toContain('Tekst onder het logo: Zoë');
  });

  it('refuses bytes that are neither PNG nor JPEG', async () => {
    await expect(
      renderPdf({
        fonts,
        title: 'x',
        schoolName: 'x',
        confidential: false,
        blocks: [
          { kind: 'image', bytes: new TextEncoder().encode('<svg/>'), maxWidth: 10, maxHeight: 10 },
        ],
      }),
    ).rejects.toThrow('PNG or JPEG');
  });

  it('draws the logo on the referral letter without changing its fingerprint', async () => {
    const content = letterContent();
    const plain = await renderReferralLetter({
      fonts,
      content,
      documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
      variant: 'recipient',
    });
    const withLogo = await renderReferralLetter({
      fonts,
      content,
      documentId: 'ZT-7K3Q-0000-ABCD-EFGH',
      variant: 'recipient',
      logo: PNG,
    });
    expect(withLogo.fingerprint).toBe(plain.fingerprint);
    expect(await embeddedImages(plain.bytes)).toEqual([]);
    expect((await embeddedImages(withLogo.bytes)).length).toBeGreaterThan(0);
    expect((await extractPdfText(withLogo.bytes)).text).toContain(plain.fingerprint);
  });
});
