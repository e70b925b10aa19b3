// Runs in: Node (Vitest).
//
// The named part of a meldcode track in a referral (issue 16, point 3): nothing goes without
// the user's selection; with it, only the decision, its day and the report day go, and only
// on a basis recorded explicitly (the named consent, valid for this recipient and category on
// the letter's day, or a legal basis with a written motivation). Never presumed.
import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../shared/domain/consent';
import { recordStep, recordReport, type MeldcodeTrack } from '../../../shared/meldcode/meldcode';
import {
  meldcodeLetterPart,
  meldcodePartFacts,
  tracksWithDecision,
  type MeldcodePartContext,
} from '../../../shared/meldcode/namedPart';
import type { MeldcodePartSelection } from '../../../shared/referrals/referral';
import { pupil, referConsent, referral, WIJKTEAM } from '../referrals/builders';
import { NOW, STEP, started, through, TODAY, value } from './tracks';

const ON = '2026-03-20';

function context(
  tracks: readonly MeldcodeTrack[],
  consents: readonly Consent[] = [referConsent()],
): MeldcodePartContext {
  return { referral: referral(), tracks, pupil: pupil(), consents, onDate: ON };
}

/** A track decided 'melden', reported to Veilig Thuis on 10 March. */
function reported(): MeldcodeTrack {
  const decided = value(
    recordStep(
      through('afweging'),
      {
        step: 'besluit',
        data: { ...STEP.besluit.data, decision: 'melden', reasons: 'Structureel onveilig.' },
      },
      TODAY,
      NOW,
    ),
  );
  return value(
    recordReport(
      decided,
      { date: '2026-03-10', by: 'Ineke (IB)', contact: 'Consulent Veilig Thuis' },
      TODAY,
      NOW,
    ),
  );
}

const legal = (motivation: string): MeldcodePartSelection => ({
  trackId: 'm-1',
  basis: { kind: 'wettelijke-grondslag', motivation },
});
const withConsent = (consentId: string): MeldcodePartSelection => ({
  trackId: 'm-1',
  basis: { kind: 'toestemming', consentId },
});

describe('the named part of a meldcode track', () => {
  it('goes nowhere without the selection: a referral carries nothing of a track by default', () => {
    expect(meldcodeLetterPart(undefined, context([reported()]))).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('is the decision, its day and the report day, and none of the track’s own texts', () => {
    const track = reported();
    const part = value(
      meldcodeLetterPart(legal('Meldrecht: acute onveiligheid.'), context([track])),
    );
    expect(part).toEqual({
      decision: 'Melden bij Veilig Thuis',
      decisionDate: '2026-03-09',
      reportDate: '2026-03-10',
      basis: expect.stringContaining('zonder toestemming') as unknown,
    });
    // No free text and no name of the track travels: signals, interpretation, consultation,
    // conversation, afwegingen, reasons, the Veilig Thuis contact, who did what.
    const json = JSON.stringify(part);
    for (const own of [
      'Blauwe plek',
      'Aandachtsfunctionaris Bram',
      'Gesprek met ouders voeren',
      'Consulent Veilig Thuis',
      'Moeder legt uit',
      'motivatie',
      'Structureel onveilig',
      'Ineke',
    ])
      expect(json).not.toContain(own);
    // The written motivation stays in the school's file, not in the letter.
    expect(json).not.toContain('acute onveiligheid');
    // A decision without a report has no report day.
    expect(value(meldcodeLetterPart(legal('Meldrecht.'), context([through('besluit')])))).toEqual({
      decision: 'Hulp organiseren en de effecten volgen (niet melden)',
      decisionDate: '2026-03-09',
      basis: expect.any(String) as unknown,
    });
  });

  it('is refused without a basis: none is ever presumed, not even with a valid consent on file', () => {
    expect(meldcodeLetterPart({ trackId: 'm-1' }, context([reported()]))).toEqual({
      ok: false,
      error: { code: 'meldcode-part.no-basis' },
    });
  });

  it('on a legal basis needs the written motivation', () => {
    expect(meldcodeLetterPart(legal('  '), context([reported()]))).toEqual({
      ok: false,
      error: { code: 'meldcode-part.motivation-required' },
    });
  });

  it('on consent needs the named consent itself to allow it, for this recipient, on the day', () => {
    const ok = value(meldcodeLetterPart(withConsent('k-refer'), context([reported()])));
    expect(ok?.basis).toBe('Gedeeld met toestemming van ouders (toestemming van 10 januari 2026).');

    expect(meldcodeLetterPart(withConsent('k-gone'), context([reported()]))).toEqual({
      ok: false,
      error: { code: 'meldcode-part.consent-missing' },
    });
    const refuse = (consent: Consent): string[] => {
      const result = meldcodeLetterPart(
        withConsent(consent.id),
        context([reported()], [referConsent(), consent]),
      );
      if (result.ok || result.error.code !== 'meldcode-part.consent-invalid')
        throw new Error(`expected consent-invalid, got ${JSON.stringify(result)}`);
      return result.error.reasons.map((r) => r.code);
    };
    // The named consent fails; a valid other consent on file does not stand in for it.
    expect(
      refuse(
        referConsent({
          id: 'k-other',
          recipientOrganisationId: 'o-elsewhere',
          recipientOrganisationName: 'Elders',
        }),
      ),
    ).toEqual(['wrong-recipient']);
    expect(refuse(referConsent({ id: 'k-narrow', dataCategories: ['basisgegevens'] }))).toEqual([
      'category-not-covered',
    ]);
    expect(
      refuse(referConsent({ id: 'k-withdrawn', withdrawn: { date: '2026-03-01', by: 'moeder' } })),
    ).toEqual(['withdrawn']);
    expect(refuse(referConsent({ id: 'k-expired', validUntil: '2026-03-19' }))).toEqual([
      'expired',
    ]);
    expect(WIJKTEAM).toBe(referral().recipientOrganisationId);
  });

  it('needs a decided track of the referral’s own case', () => {
    expect(meldcodeLetterPart(legal('Meldrecht.'), context([through('afweging')]))).toEqual({
      ok: false,
      error: { code: 'meldcode-part.no-decision' },
    });
    const elsewhere = { ...reported(), caseId: 'c-other' };
    expect(meldcodeLetterPart(legal('Meldrecht.'), context([elsewhere]))).toEqual({
      ok: false,
      error: { code: 'meldcode-part.track-missing' },
    });
    expect(tracksWithDecision([through('afweging'), elsewhere, reported()], 'c-1')).toHaveLength(1);
    expect(meldcodePartFacts(started())).toBeUndefined();
  });
});
