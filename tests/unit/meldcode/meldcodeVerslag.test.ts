// Runs in: Node (Vitest).
//
// The meldcode verslag (issue 16, point 4), read back from the real PDF bytes: the school's
// file holds every step with dates and persons, the afwegingen, the decision and its reasons
// (a decision not to report included), the report and its answer, the closing; the part for
// Veilig Thuis holds what Veilig Thuis needs and leaves out the school's interpretation, the
// collegial consultation and the staff names; an anonymous case prints without the name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  renderMeldcodeVerslag,
  type MeldcodeVerslagInput,
} from '../../../shared/documents/meldcodeVerslag';
import {
  type MeldcodeTrack,
  closeTrack,
  recordAnswer,
  recordReport,
  recordStep,
} from '../../../shared/meldcode/meldcode';
import { extractPdfText, loadDocumentFonts } from '../../helpers/pdfText';
import { NOW, STEP, TODAY, through, value } from './tracks';

const fonts = loadDocumentFonts();
const PUPIL = {
  firstName: 'Zoë',
  tussenvoegsel: 'van der',
  lastName: 'Berg',
  dateOfBirth: '2016-04-12',
  group: 'groep 5',
} as const;
const INTERPRETATION = 'Mogelijk spanningen thuis na de scheiding.';

/** A track decided `decision`, with an interpretation in step 1. */
function decided(decision: 'melden' | 'hulp' | 'melden-en-hulp' | 'geen') {
  const withSignals = value(
    recordStep(
      through('signalen'),
      { step: 'signalen', data: { ...STEP.signalen.data, interpretation: INTERPRETATION } },
      TODAY,
      NOW,
    ),
  );
  let track = withSignals;
  for (const step of ['overleg', 'gesprek', 'afweging'] as const)
    track = value(recordStep(track, STEP[step], TODAY, NOW));
  const reasons =
    decision === 'geen'
      ? 'Geen vermoeden meer na het gesprek: de plek komt van de judoles.'
      : 'Acute onveiligheid: melden bij Veilig Thuis.';
  return value(
    recordStep(
      track,
      { step: 'besluit', data: { ...STEP.besluit.data, decision, reasons } },
      TODAY,
      NOW,
    ),
  );
}

/** `track` reported to Veilig Thuis, and answered. */
function answered(track: MeldcodeTrack): MeldcodeTrack {
  const reported = value(
    recordReport(track, { date: '2026-03-10', by: 'Bram (AF)', contact: 'Karin' }, TODAY, NOW),
  );
  return value(
    recordAnswer(
      reported,
      { date: '2026-03-13', summary: 'Veilig Thuis doet onderzoek.' },
      TODAY,
      NOW,
    ),
  );
}

async function text(input: Omit<MeldcodeVerslagInput, 'schoolName' | 'onDate'>) {
  const result = await renderMeldcodeVerslag({
    fonts,
    schoolName: 'OBS De Tweemaster',
    onDate: TODAY,
    ...input,
  });
  if (!result.ok) throw new Error(result.error.code);
  const pdf = await extractPdfText(result.value);
  return { title: pdf.title, text: pdf.text.replace(/\s+/g, ' '), bytes: result.value };
}

describe('the meldcode verslag', () => {
  it("holds the whole track for the school's file: steps, dates, persons, afwegingen, decision, report, answer, closing", async () => {
    let track = answered(decided('melden-en-hulp'));
    track = value(
      closeTrack(
        track,
        { date: '2026-03-16', by: 'Bram (AF)', reason: 'Overgedragen.' },
        TODAY,
        NOW,
      ),
    );
    const { title, text: pdf } = await text({
      subject: { kind: 'named', pupil: PUPIL },
      track,
      variant: 'dossier',
    });
    expect(title).toBe('Meldcodeverslag');
    expect(pdf).toContain('Zoë van der Berg');
    expect(pdf).toContain('Datum signaal 2 maart 2026');
    expect(pdf).toContain('Stap 1: Signalen in kaart brengen');
    expect(pdf).toContain('Blauwe plek op de arm, gezien door juf Sanne.');
    expect(pdf).toContain(INTERPRETATION);
    expect(pdf).toContain('Stap 2: Collegiale consultatie en zo nodig Veilig Thuis');
    expect(pdf).toContain('Aandachtsfunctionaris Bram');
    expect(pdf).toContain('Consulent Veilig Thuis');
    expect(pdf).toContain('Anoniem Ja');
    expect(pdf).toContain('Gesprek gevoerd met de ouders');
    expect(pdf).toContain('Door Ineke (IB)');
    expect(pdf).toContain('3 maart 2026');
    expect(pdf).toContain('Heb ik op basis van de stappen 1 tot en met 3 een vermoeden');
    expect(pdf).toContain('Antwoord Ja');
    expect(pdf).toContain('Motivering motivatie vermoeden');
    expect(pdf).toContain('nog niet woordelijk gecontroleerd');
    expect(pdf).toContain('Besluit Melden bij Veilig Thuis én hulp organiseren');
    expect(pdf).toContain('Acute onveiligheid: melden bij Veilig Thuis.');
    expect(pdf).toContain('Contactpersoon Karin');
    expect(pdf).toContain('Veilig Thuis doet onderzoek.');
    expect(pdf).toContain('Overgedragen.');
  });

  it('records a decision not to report as fully as a report', async () => {
    const { text: pdf } = await text({
      subject: { kind: 'named', pupil: PUPIL },
      track: decided('geen'),
      variant: 'dossier',
    });
    expect(pdf).toContain('Besluit Niet melden en geen hulp organiseren');
    expect(pdf).toContain(
      'Redenen Geen vermoeden meer na het gesprek: de plek komt van de judoles.',
    );
    expect(pdf).toContain('Datum 9 maart 2026 Door Ineke (IB)');
    expect(pdf).not.toContain('Melding bij Veilig Thuis');
  });

  it('gives Veilig Thuis only its part: no interpretation, collegial consultation, staff names or answer', async () => {
    const track = answered(decided('melden'));
    const { title, text: pdf } = await text({
      subject: { kind: 'named', pupil: PUPIL },
      track,
      variant: 'veilig-thuis',
    });
    expect(title).toBe('Meldcodeverslag Veilig Thuis');
    expect(pdf).toContain('deel voor Veilig Thuis');
    expect(pdf).toContain('Blauwe plek op de arm, gezien door juf Sanne.');
    expect(pdf).toContain('Eerst het gesprek.');
    expect(pdf).toContain('Moeder legt uit dat');
    expect(pdf).toContain('Antwoord Nee');
    expect(pdf).toContain('Acute onveiligheid: melden bij Veilig Thuis.');
    expect(pdf).toContain('Gemeld door Bram (AF)');
    expect(pdf).not.toContain(INTERPRETATION);
    expect(pdf).not.toContain('Aandachtsfunctionaris Bram');
    expect(pdf).not.toContain('Gesprek met ouders voeren.');
    expect(pdf).not.toContain('Ineke');
    expect(pdf).not.toContain('Veilig Thuis doet onderzoek.');
  });

  it('has no part for Veilig Thuis when the decision does not report', async () => {
    const result = await renderMeldcodeVerslag({
      fonts,
      schoolName: 'S',
      onDate: TODAY,
      subject: { kind: 'named', pupil: PUPIL },
      track: decided('hulp'),
      variant: 'veilig-thuis',
    });
    expect(result).toEqual({ ok: false, error: { code: 'meldcode-verslag.not-reported' } });
  });

  it('prints an anonymously discussed case without name, birth date or group; poppler and qpdf read it', async (context) => {
    const { text: pdf, bytes } = await text({
      subject: { kind: 'anonymous' },
      track: decided('geen'),
      variant: 'dossier',
    });
    expect(pdf).toContain('Niet vermeld: anoniem besproken');
    for (const part of ['Zoë', 'Berg', '2016', 'groep 5']) expect(pdf).not.toContain(part);
    const dir = mkdtempSync(join(tmpdir(), 'zt-meldcode-'));
    try {
      const file = join(dir, 'verslag.pdf');
      writeFileSync(file, bytes);
      let popplerText: string;
      try {
        execFileSync('qpdf', ['--check', file], { stdio: 'pipe' });
        popplerText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
          encoding: 'utf8',
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          context.skip('qpdf or pdftotext (poppler-utils) is not installed on this machine');
          return;
        }
        throw error;
      }
      expect(popplerText).toContain('Niet melden en geen hulp organiseren');
      expect(popplerText).not.toContain('Zoë');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
