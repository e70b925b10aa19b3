// Runs in: renderer.
//
// All UI strings, per language: the core file (frame, navigation, vault) plus one file per
// feature area in locales/features/, so that work on different areas never edits the same
// file. Dutch is the reference; a unit test checks that English has exactly the same keys.
import enCore from './locales/en.json';
import nlCore from './locales/nl.json';
import casesEn from './locales/features/cases.en.json';
import casesNl from './locales/features/cases.nl.json';
import dashboardEn from './locales/features/dashboard.en.json';
import dashboardNl from './locales/features/dashboard.nl.json';
import directoryEn from './locales/features/directory.en.json';
import directoryNl from './locales/features/directory.nl.json';
import actieplanEn from './locales/features/actieplan.en.json';
import actieplanNl from './locales/features/actieplan.nl.json';
import meetingRunEn from './locales/features/meetingRun.en.json';
import meetingRunNl from './locales/features/meetingRun.nl.json';
import meetingsEn from './locales/features/meetings.en.json';
import meetingsNl from './locales/features/meetings.nl.json';
import pupilsEn from './locales/features/pupils.en.json';
import pupilsNl from './locales/features/pupils.nl.json';
import referralsEn from './locales/features/referrals.en.json';
import referralsNl from './locales/features/referrals.nl.json';
import securityEn from './locales/features/security.en.json';
import securityNl from './locales/features/security.nl.json';
import sharingEn from './locales/features/sharing.en.json';
import sharingNl from './locales/features/sharing.nl.json';
import integrityEn from './locales/features/integrity.en.json';
import integrityNl from './locales/features/integrity.nl.json';
import typingEn from './locales/features/typing.en.json';
import typingNl from './locales/features/typing.nl.json';
import sessionClaimEn from './locales/features/sessionClaim.en.json';
import sessionClaimNl from './locales/features/sessionClaim.nl.json';
import formEn from './locales/features/form.en.json';
import formNl from './locales/features/form.nl.json';
import meldcodeEn from './locales/features/meldcode.en.json';
import meldcodeNl from './locales/features/meldcode.nl.json';
import figuresEn from './locales/features/figures.en.json';
import figuresNl from './locales/features/figures.nl.json';
import receivedEn from './locales/features/received.en.json';
import receivedNl from './locales/features/received.nl.json';
import regionEn from './locales/features/region.en.json';
import regionNl from './locales/features/region.nl.json';

export const nlMessages = {
  ...nlCore,
  ...securityNl,
  ...pupilsNl,
  ...casesNl,
  ...directoryNl,
  ...dashboardNl,
  ...meetingsNl,
  ...meetingRunNl,
  ...actieplanNl,
  ...referralsNl,
  ...sharingNl,
  ...integrityNl,
  ...typingNl,
  ...sessionClaimNl,
  ...formNl,
  ...meldcodeNl,
  ...figuresNl,
  ...regionNl,
  ...receivedNl,
};
export const enMessages = {
  ...enCore,
  ...securityEn,
  ...pupilsEn,
  ...casesEn,
  ...directoryEn,
  ...dashboardEn,
  ...meetingsEn,
  ...meetingRunEn,
  ...actieplanEn,
  ...referralsEn,
  ...sharingEn,
  ...integrityEn,
  ...typingEn,
  ...sessionClaimEn,
  ...formEn,
  ...meldcodeEn,
  ...figuresEn,
  ...regionEn,
  ...receivedEn,
};

export type Messages = typeof nlMessages;
