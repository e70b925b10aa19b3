// Runs in: renderer.
//
// The referral wizard for a concept (issue 6): 1 the recipient (the team of the family's
// home suggested), 2 the data to share and the attachments consent allows, 3 the consent
// gate (no override), 4 the content of the letter, 5 the preview "wat de ontvanger ziet" and
// the letter, the parents' copy, the parents' review of the draft and "verstuurd". Every
// change is saved as the concept. Between 3 and 4, only for a case with a decided meldcode
// track, the deliberate opt-in for the track's named part (off by default; MeldcodePartStep).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { activeLeefgebieden } from '../../../../shared/domain/leefgebieden';
import { allowedAttachments, referralConsentGate } from '../../../../shared/referrals/consentGate';
import {
  referralDraftErrors,
  type ReferralDraftField,
} from '../../../../shared/referrals/draftChecks';
import type { Referral, SentVia } from '../../../../shared/referrals/referral';
import { type IsoDate, todayIso } from '../../../../shared/domain/dates';
import type { AppSession } from '../../security/VaultProvider';
import { ConsentGatePanel } from './ConsentGatePanel';
import { ExportActions } from './ExportActions';
import { LetterPreview } from '../../referrals/LetterPreview';
import { ParentsReviewPanel } from './ParentsReviewPanel';
import { MeldcodePartStep } from './MeldcodePartStep';
import { RecipientField } from '../../referrals/RecipientField';
import { ReferralContentStep } from './ReferralContentStep';
import { ReferralDataStep } from './ReferralDataStep';
import { REFERRAL_FIELD_IDS } from './referralFieldIds';
import { letterContentFor, type ReferralSources } from './referralSources';
import { SendDialog } from './SendDialog';
import { sendReferral } from './referralUpdates';
import { useLetterProblemText } from './useLetterProblemText';
import { useReferralUpdateProblemText } from './useReferralUpdateProblemText';
import { useReferralDraft, type ReferralDraft } from './useReferralDraft';
import { WizardSection } from './WizardSection';

export function ReferralWizard({
  session,
  sources,
}: {
  readonly session: AppSession;
  readonly sources: ReferralSources;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const { draft, update, flush, saveState } = useReferralDraft(session, sources.referral);
  const [showErrors, setShowErrors] = useState(false);
  const [sending, setSending] = useState(false);
  const letterProblemText = useLetterProblemText();
  const problemText = useReferralUpdateProblemText();

  const merged: Referral = useMemo(
    () => ({ ...sources.referral, ...draft }),
    [sources.referral, draft],
  );
  const recipient = sources.organisations.find((o) => o.id === draft.recipientOrganisationId);
  const mergedSources: ReferralSources = { ...sources, referral: merged, recipient };
  const decision = referralConsentGate(merged, sources.pupil, sources.consents, today);
  const content = letterContentFor(session, mergedSources, today);
  const errors = referralDraftErrors(draft, recipient !== undefined);
  const errorOf = (field: ReferralDraftField): string | undefined =>
    showErrors && errors.includes(field) ? t(`referrals.wizard.errors.${field}`) : undefined;
  const allowed = allowedAttachments(
    sources.attachments,
    merged,
    sources.pupil,
    sources.consents,
    today,
  );
  const leefgebieden = activeLeefgebieden(sources.leefgebieden);
  const composition = draft.composition;
  const setComposition = (patch: Partial<ReferralDraft['composition']>): void =>
    update({ composition: { ...composition, ...patch } });

  /** Checks the fields; on a problem shows every error and moves focus to the first. */
  const ready = (): boolean => {
    setShowErrors(true);
    const first = errors[0];
    if (first !== undefined) {
      document.getElementById(REFERRAL_FIELD_IDS[first])?.focus();
      return false;
    }
    return true;
  };

  const send = async (
    date: IsoDate,
    via: SentVia,
    withoutParentsReview: string | undefined,
  ): Promise<string | null> => {
    await flush();
    const sent = await sendReferral(session, sources, date, via, withoutParentsReview);
    if (!sent.ok) return problemText(sent.error);
    setSending(false);
    return null;
  };

  return (
    <Stack spacing={3}>
      <Box role="status" aria-live="polite" sx={{ minHeight: 24 }}>
        <Typography variant="body2" color={saveState === 'failed' ? 'error' : 'text.secondary'}>
          {saveState === 'pending'
            ? t('referrals.wizard.saving')
            : saveState === 'saved'
              ? t('referrals.wizard.saved')
              : saveState === 'failed'
                ? t('referrals.wizard.saveFailed')
                : t('referrals.wizard.draftNote')}
        </Typography>
      </Box>

      <WizardSection
        title={t('referrals.wizard.steps.recipient')}
        intro={t('referrals.wizard.intros.recipient')}
      >
        <Box id={REFERRAL_FIELD_IDS.recipient} tabIndex={-1}>
          <RecipientField
            pupil={sources.pupil}
            organisations={sources.organisations}
            value={draft.recipientOrganisationId}
            onChange={(id) => update({ recipientOrganisationId: id })}
            error={errorOf('recipient')}
          />
        </Box>
      </WizardSection>

      <ReferralDataStep
        draft={draft}
        update={update}
        candidates={sources.attachments}
        allowed={allowed}
        categoriesError={errorOf('categories')}
      />

      <WizardSection
        title={t('referrals.wizard.steps.consent')}
        intro={t('referrals.wizard.intros.consent')}
        testId="consent-gate"
      >
        <ConsentGatePanel
          session={session}
          sources={mergedSources}
          referral={merged}
          decision={decision}
        />
      </WizardSection>

      <MeldcodePartStep
        sources={mergedSources}
        draft={draft}
        update={update}
        problem={
          !content.ok && content.error.code.startsWith('meldcode-part.')
            ? letterProblemText(content.error)
            : undefined
        }
      />

      <ReferralContentStep
        composition={composition}
        setComposition={setComposition}
        sources={sources}
        leefgebieden={leefgebieden}
        reasonError={errorOf('reasonAndQuestion')}
        askError={errorOf('askOfRecipient')}
      />

      <WizardSection
        title={t('referrals.wizard.steps.check')}
        intro={t('referrals.wizard.intros.check')}
      >
        <Stack spacing={2.5}>
          {showErrors && errors.length > 0 ? (
            <Alert severity="error" role="alert">
              {t('referrals.wizard.fixFirst')}
              <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                {errors.map((e) => (
                  <li key={e}>{t(`referrals.wizard.errors.${e}`)}</li>
                ))}
              </Box>
            </Alert>
          ) : null}
          <Typography variant="h3">{t('referrals.preview.title')}</Typography>
          {content.ok ? (
            <LetterPreview
              content={content.value}
              variant="recipient"
              logo={sources.letterhead.logo}
            />
          ) : (
            <Alert severity="warning">{letterProblemText(content.error)}</Alert>
          )}
          <ExportActions
            session={session}
            sources={mergedSources}
            before={async () => (ready() ? (await flush(), true) : false)}
          />
          <ParentsReviewPanel session={session} sources={sources} today={today} />
          <Box>
            <Button
              variant="contained"
              color="secondary"
              onClick={() => {
                if (ready() && decision.allowed) setSending(true);
              }}
            >
              {t('referrals.send.open')}
            </Button>
            {decision.allowed ? null : (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t('referrals.send.needsConsent')}
              </Typography>
            )}
          </Box>
        </Stack>
      </WizardSection>
      {sending ? (
        <SendDialog
          referral={sources.referral}
          today={today}
          earliest={sources.referral.history[0]?.date ?? today}
          contactWorkingDays={sources.letterhead.contactWorkingDays}
          feedbackWorkingDays={sources.letterhead.feedbackWorkingDays}
          onClose={() => setSending(false)}
          onSend={send}
        />
      ) : null}
    </Stack>
  );
}
