// Tests for the printable consent form: the text a reader's PDF viewer shows holds the
// purpose, recipient and categories, and one signature line per person whose consent is
// needed on the day, by the age rules.
import { describe, expect, it } from 'vitest';
import {
  consentFormBlocks,
  renderConsentForm,
  type ConsentFormInput,
} from '../../../shared/documents/consentForm';
import type { Guardian } from '../../../shared/domain/pupil';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';

const fonts = loadDocumentFonts();
const mother: Guardian = {
  id: 'g-mother',
  name: 'Marieke van der Berg',
  relation: 'moeder',
  hasGezag: true,
};
const father: Guardian = {
  id: 'g-father',
  name: 'Thomas van der Berg',
  relation: 'vader',
  hasGezag: true,
};
const stepfather: Guardian = {
  id: 'g-step',
  name: 'Karel Smit',
  relation: 'verzorger',
  hasGezag: false,
};

const base: ConsentFormInput = {
  schoolName: 'OBS De Tweemaster',
  pupil: {
    firstName: 'Zoë',
    tussenvoegsel: 'van der',
    lastName: 'Berg',
    dateOfBirth: '2015-03-12',
    group: '5B',
    guardians: [mother, father, stepfather],
  },
  request: {
    purpose: 'informatie-uitwisselen',
    recipientName: 'Wijkteam Enschede-Centrum',
    dataCategories: ['basisgegevens', 'gedrag-en-welbevinden', 'thuissituatie'],
    validUntil: '2026-07-31',
  },
  onDate: '2026-02-01',
  contact: { name: 'Anouk de Wit', role: 'intern begeleider' },
};

async function textOf(
  input: ConsentFormInput,
): Promise<{ flat: string; signatures: number; title: string | undefined }> {
  const result = await renderConsentForm({ ...input, fonts });
  if (!result.ok) throw new Error(result.error.code);
  const pdf = await extractPdfText(result.value);
  const flat = pdf.text.replace(/\s+/g, ' ');
  return { flat, signatures: flat.split('Handtekening').length - 1, title: pdf.title };
}

describe('consent form', () => {
  it('explains purpose, recipient, categories, validity and withdrawal in Dutch', async () => {
    const { flat, title } = await textOf(base);
    expect(title).toBe('Toestemmingsformulier');
    expect(flat).toContain('OBS De Tweemaster');
    expect(flat).toContain('Zoë van der Berg');
    expect(flat).toContain('12 maart 2015');
    expect(flat).toContain(
      'De school wil informatie over Zoë van der Berg uitwisselen met Wijkteam Enschede-Centrum.',
    );
    expect(flat).toContain('Organisatie Wijkteam Enschede-Centrum');
    expect(flat).toContain(
      'Basisgegevens: naam, geboortedatum, groep of klas, adres en contactgegevens',
    );
    expect(flat).toContain('Gedrag en welbevinden op school');
    expect(flat).toContain('De thuissituatie, voor zover die van belang is voor school');
    expect(flat).not.toContain('Medische gegevens');
    expect(flat).toContain('tot en met 31 juli 2026');
    expect(flat).toContain('altijd intrekken');
    expect(flat).toContain('Anouk de Wit (intern begeleider)');
    expect(flat).toContain('VERTROUWELIJK');
  });

  it('under 12: a signature line for each parent with gezag, none for the parent without', async () => {
    const { flat, signatures } = await textOf(base);
    expect(signatures).toBe(2);
    expect(flat).toContain('Marieke van der Berg (moeder, met ouderlijk gezag)');
    expect(flat).toContain('Thomas van der Berg (vader, met ouderlijk gezag)');
    expect(flat).not.toContain('Karel Smit');
    expect(flat).not.toContain('Zoë van der Berg (leerling)');
  });

  it('12 to 15 (from the 12th birthday): the parents with gezag and the pupil', async () => {
    const { flat, signatures } = await textOf({
      ...base,
      onDate: '2027-03-12',
      request: { ...base.request, validUntil: '2027-12-31' },
    });
    expect(signatures).toBe(3);
    expect(flat).toContain('Marieke van der Berg (moeder, met ouderlijk gezag)');
    expect(flat).toContain('Thomas van der Berg (vader, met ouderlijk gezag)');
    expect(flat).toContain('Zoë van der Berg (leerling)');
    expect(flat).not.toContain('Karel Smit');
  });

  it('16 and older (from the 16th birthday): the pupil alone', async () => {
    const { flat, signatures } = await textOf({
      ...base,
      onDate: '2031-03-12',
      request: { ...base.request, validUntil: '2031-12-31' },
    });
    expect(signatures).toBe(1);
    expect(flat).toContain('Zoë van der Berg (leerling)');
    expect(flat).not.toContain('Marieke van der Berg');
    expect(flat).toContain('beslist zelf');
  });

  it('describes discussing by name in the chosen meetings, and passing on a named document', async () => {
    const discuss = await textOf({
      ...base,
      request: {
        purpose: 'bespreken-op-naam',
        meetingKinds: ['zorgteam', 'zat'],
        dataCategories: ['zorgsignaal-en-hulpvraag'],
        validUntil: '2026-07-31',
      },
    });
    expect(discuss.flat).toContain(
      'met naam bespreken in het zorgteam van school en het zorg- en adviesteam (ZAT)',
    );
    const doc = await textOf({
      ...base,
      request: {
        ...base.request,
        purpose: 'document-doorgeven',
        documentName: 'Rapport groep 5',
        dataCategories: ['benoemd-document'],
      },
    });
    expect(doc.flat).toContain('het document "Rapport groep 5"');
    expect(doc.flat).toContain('Document Rapport groep 5');
  });

  it('refuses to make a form that could never give a valid consent', () => {
    const codeOf = (input: ConsentFormInput): string => {
      const r = consentFormBlocks(input);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(codeOf({ ...base, pupil: { ...base.pupil, guardians: [stepfather] } })).toBe(
      'consent-form.no-guardian-with-gezag',
    );
    expect(codeOf({ ...base, request: { ...base.request, recipientName: ' ' } })).toBe(
      'consent-form.recipient-required',
    );
    expect(
      codeOf({
        ...base,
        request: { ...base.request, purpose: 'bespreken-op-naam', meetingKinds: [] },
      }),
    ).toBe('consent-form.meeting-kind-required');
    expect(codeOf({ ...base, request: { ...base.request, purpose: 'document-doorgeven' } })).toBe(
      'consent-form.document-name-required',
    );
    expect(codeOf({ ...base, request: { ...base.request, dataCategories: [] } })).toBe(
      'consent-form.no-categories',
    );
    expect(codeOf({ ...base, request: { ...base.request, validUntil: '2026-01-31' } })).toBe(
      'consent-form.valid-until-in-past',
    );
    // From 16 the parents' gezag no longer matters.
    expect(
      codeOf({
        ...base,
        pupil: { ...base.pupil, guardians: [stepfather] },
        onDate: '2031-03-12',
        request: { ...base.request, validUntil: '2031-12-31' },
      }),
    ).toBe('ok');
  });
});
