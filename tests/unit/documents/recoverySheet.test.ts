// Runs in: Node (test tooling).
import { describe, expect, it } from 'vitest';
import { renderRecoverySheet } from '../../../shared/documents/recoverySheet';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';

describe('recovery sheet', () => {
  it('prints the code, the school and how to use it, marked confidential', async () => {
    const code = 'K7QM-2XRT-9VHD-4BNP-WC3F-6GJA-8YSE-1ZMQ';
    const bytes = await renderRecoverySheet({
      fonts: loadDocumentFonts(),
      schoolName: 'OBS De Tweemaster',
      createdBy: 'Anouk van den Berg',
      createdOn: '22 november 2026',
      recoveryCode: code,
      vaultLabel: 'ZT-4F2A',
    });
    const pdf = await extractPdfText(bytes);
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toContain(code);
    expect(flat).toContain('OBS De Tweemaster');
    expect(flat).toContain('Herstelcode gebruiken');
    expect(flat).toContain('VERTROUWELIJK');
    expect(flat).toContain('Anouk van den Berg');
    // The PDF title (shown in viewers' title bars) names the document kind, nothing else.
    expect(pdf.title).toBe('Herstelcode');
  });
});
