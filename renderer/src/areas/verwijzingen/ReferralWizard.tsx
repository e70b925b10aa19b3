// Runs in: renderer.
//
// The referral wizard for a concept (issue 6): 1 the recipient (the team of the family's
// home suggested), 2 the data to share and the attachments consent allows, 3 the consent
// gate (no override), 4 the content of the letter, 5 the preview "wat de ontvanger ziet" and
// the letter, the parents' copy and "verstuurd". Every change is saved as the concept.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { activeLeefgebieden } from '../../../../shared/domain/leefgebieden';
import { allowedAttachments, referralConsentGate } from '../../../../shared/referrals/consentGate';
import { transitionReferral } from '../../../../shared/referrals/lifecycle';
import type { Referral, ReferralAttachment, SentVia } from '../../../../shared/referrals/referral';
import { type IsoDate, todayIso } from '../../../../shared/domain/dates';
import { SELECTABLE_CATEGORIES } from '../../consent/scopeDraft';
import type { AppSession } from '../../security/VaultProvider';
import { ConsentGatePanel } from './ConsentGatePanel';
import { ExportActions } from './ExportActions';
import { LetterPreview } from './LetterPreview';
import { RecipientField } from '../../referrals/RecipientField';
import { letterContentFor, type ReferralSources } from './referralSources';
import { SendDialog } from './SendDialog';
import { useLetterProblemText } from './useLetterProblemText';
import { orderedCategories, useReferralDraft, type ReferralDraft } from './useReferralDraft';
import { WizardSection } from './WizardSection';

type FieldError = 'recipient' | 'categories' | 'reasonAndQuestion' | 'askOfRecipient';

/** The ids of the fields, so "fix this" can move focus to the first one. */
const FIELD_IDS: Readonly<Record<FieldError, string>> = {
  recipient: 'referral-recipient',
  categories: 'referral-categories',
  reasonAndQuestion: 'referral-reason',
  askOfRecipient: 'referral-ask',
};

export function fieldErrors(draft: ReferralDraft, recipientKnown: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (!recipientKnown) errors.push('recipient');
  if (draft.dataCategories.length === 0) errors.push('categories');
  if (draft.composition.reasonAndQuestion.trim() === '') errors.push('reasonAndQuestion');
  if (draft.composition.askOfRecipient.trim() === '') errors.push('askOfRecipient');
  return errors;
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item);
}

export function ReferralWizard({ session, sources }: { readonly session: AppSession; readonly sources: ReferralSources }) {
  const { t } = useTranslation();
  const today = todayIso();
  const { draft, update, flush, saveState } = useReferralDraft(session, sources.referral);
  const [showErrors, setShowErrors] = useState(false);
  const [sending, setSending] = useState(false);
  const letterProblemText = useLetterProblemText();

  const merged: Referral = useMemo(() => ({ ...sources.referral, ...draft }), [sources.referral, draft]);
  const recipient = sources.organisations.find((o) => o.id === draft.recipientOrganisationId);
  const mergedSources: ReferralSources = { ...sources, referral: merged, recipient };
  const decision = referralConsentGate(merged, sources.pupil, sources.consents, today);
  const content = letterContentFor(session, mergedSources, today);
  const errors = fieldErrors(draft, recipient !== undefined);
  const errorOf = (field: FieldError): string | undefined => (showErrors && errors.includes(field) ? t(`referrals.wizard.errors.${field}`) : undefined);
  const allowed = allowedAttachments(sources.attachments, merged, sources.pupil, sources.consents, today);
  const leefgebieden = activeLeefgebieden(sources.leefgebieden);
  const composition = draft.composition;
  const setComposition = (patch: Partial<ReferralDraft['composition']>): void => update({ composition: { ...composition, ...patch } });

  /** Checks the fields; on a problem shows every error and moves focus to the first. */
  const ready = (): boolean => {
    setShowErrors(true);
    const first = errors[0];
    if (first !== undefined) {
      document.getElementById(FIELD_IDS[first])?.focus();
      return false;
    }
    return true;
  };

  const concernText = (id: string): string => composition.concerns.find((c) => c.leefgebiedId === id)?.text ?? '';
  const setConcern = (id: string, text: string): void => {
    const texts = new Map(composition.concerns.map((c) => [c.leefgebiedId, c.text]));
    texts.set(id, text);
    // In the school's order, and only those with something written.
    setComposition({ concerns: leefgebieden.flatMap((l) => ((texts.get(l.id) ?? '').trim() === '' ? [] : [{ leefgebiedId: l.id, text: texts.get(l.id) ?? '' }])) });
  };

  const send = async (date: IsoDate, via: SentVia): Promise<string | null> => {
    await flush();
    const current = session.records.get('case.referral', sources.referral.id);
    if (current === undefined) return t('referrals.common.saveFailed');
    // The gate decides again on the day of sending, on the record as saved.
    const gate = referralConsentGate(current, sources.pupil, session.records.list('case.consent').filter((c) => c.pupilId === sources.pupil.id), date);
    if (!gate.allowed) return t('referrals.send.blocked');
    const next = transitionReferral(current, 'verstuurd', {
      date,
      sentVia: via,
      contactWorkingDays: sources.letterhead.contactWorkingDays,
      feedbackWorkingDays: sources.letterhead.feedbackWorkingDays,
      now: new Date().toISOString(),
    });
    if (!next.ok) return t(`referrals.lifecycle.errors.${next.error.code}`);
    await session.records.put('case.referral', next.value);
    setSending(false);
    return null;
  };

  const attachmentKey = (a: Pick<ReferralAttachment, 'kind' | 'refId'>): string => `${a.kind}:${a.refId}`;
  const selectedKeys = new Set(draft.attachments.map(attachmentKey));

  return (
    <Stack spacing={3}>
      <Box role="status" aria-live="polite" sx={{ minHeight: 24 }}>
        <Typography variant="body2" color={saveState === 'failed' ? 'error' : 'text.secondary'}>
          {saveState === 'pending' ? t('referrals.wizard.saving') : saveState === 'saved' ? t('referrals.wizard.saved') : saveState === 'failed' ? t('referrals.wizard.saveFailed') : t('referrals.wizard.draftNote')}
        </Typography>
      </Box>

      <WizardSection title={t('referrals.wizard.steps.recipient')} intro={t('referrals.wizard.intros.recipient')}>
        <Box id={FIELD_IDS.recipient} tabIndex={-1}>
          <RecipientField pupil={sources.pupil} organisations={sources.organisations} value={draft.recipientOrganisationId} onChange={(id) => update({ recipientOrganisationId: id })} error={errorOf('recipient')} />
        </Box>
      </WizardSection>

      <WizardSection title={t('referrals.wizard.steps.data')} intro={t('referrals.wizard.intros.data')}>
        <FormControl component="fieldset" error={errorOf('categories') !== undefined} sx={{ mb: 3 }}>
          <FormLabel component="legend" id={FIELD_IDS.categories} tabIndex={-1}>
            {t('referrals.wizard.categories')}
          </FormLabel>
          <FormGroup>
            {SELECTABLE_CATEGORIES.map((c) => (
              <FormControlLabel
                key={c}
                control={<Checkbox checked={draft.dataCategories.includes(c)} onChange={(e) => update({ dataCategories: orderedCategories(toggle(draft.dataCategories, c, e.target.checked)) })} />}
                label={t(`directory.consent.categories.${c}`)}
              />
            ))}
          </FormGroup>
          {errorOf('categories') === undefined ? null : <FormHelperText>{errorOf('categories')}</FormHelperText>}
        </FormControl>
        <FormControl component="fieldset" sx={{ display: 'block' }}>
          <FormLabel component="legend">{t('referrals.wizard.attachments')}</FormLabel>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('referrals.wizard.attachmentsHelp')}
          </Typography>
          {sources.attachments.length === 0 ? (
            <Typography>{t('referrals.wizard.noAttachments')}</Typography>
          ) : (
            <FormGroup>
              {sources.attachments.map((candidate) => {
                const key = attachmentKey(candidate);
                const isAllowed = allowed.some((a) => attachmentKey(a) === key);
                const checked = selectedKeys.has(key);
                return (
                  <FormControlLabel
                    key={key}
                    disabled={!isAllowed && !checked}
                    control={
                      <Checkbox
                        checked={checked}
                        onChange={(e) =>
                          update({
                            attachments: e.target.checked
                              ? [...draft.attachments, candidate.kind === 'document' && candidate.documentName !== undefined ? { kind: 'document' as const, refId: candidate.refId, documentName: candidate.documentName } : { kind: candidate.kind, refId: candidate.refId }]
                              : draft.attachments.filter((a) => attachmentKey(a) !== key),
                          })
                        }
                      />
                    }
                    label={isAllowed ? candidate.label : t('referrals.wizard.attachmentNotAllowed', { label: candidate.label })}
                  />
                );
              })}
            </FormGroup>
          )}
        </FormControl>
      </WizardSection>

      <WizardSection title={t('referrals.wizard.steps.consent')} intro={t('referrals.wizard.intros.consent')} testId="consent-gate">
        <ConsentGatePanel session={session} sources={mergedSources} referral={merged} decision={decision} />
      </WizardSection>

      <WizardSection title={t('referrals.wizard.steps.content')} intro={t('referrals.wizard.intros.content')}>
        <Stack spacing={3}>
          <TextField
            id={FIELD_IDS.reasonAndQuestion}
            label={t('referrals.wizard.reasonAndQuestion')}
            value={composition.reasonAndQuestion}
            onChange={(e) => setComposition({ reasonAndQuestion: e.target.value })}
            error={errorOf('reasonAndQuestion') !== undefined}
            helperText={errorOf('reasonAndQuestion') ?? t('referrals.wizard.reasonHelp')}
            multiline
            minRows={3}
            required
            fullWidth
          />
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('referrals.wizard.alreadyDone')}</FormLabel>
            {sources.done.length === 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
                {t('referrals.wizard.noDone')}
              </Typography>
            ) : (
              <FormGroup sx={{ my: 1 }}>
                {sources.done.map((item) => (
                  <FormControlLabel
                    key={item.id}
                    control={<Checkbox checked={composition.alreadyDone.refIds.includes(item.id)} onChange={(e) => setComposition({ alreadyDone: { ...composition.alreadyDone, refIds: sources.done.map((d) => d.id).filter((id) => (id === item.id ? e.target.checked : composition.alreadyDone.refIds.includes(id))) } })} />}
                    label={item.text}
                  />
                ))}
              </FormGroup>
            )}
            <TextField
              label={t('referrals.wizard.alreadyDoneText')}
              value={composition.alreadyDone.text}
              onChange={(e) => setComposition({ alreadyDone: { ...composition.alreadyDone, text: e.target.value } })}
              multiline
              minRows={2}
              fullWidth
            />
          </FormControl>
          <TextField label={t('referrals.wizard.strengths')} helperText={t('referrals.wizard.strengthsHelp')} value={composition.strengths} onChange={(e) => setComposition({ strengths: e.target.value })} multiline minRows={2} fullWidth />
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('referrals.wizard.concerns')}</FormLabel>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              {t('referrals.wizard.concernsHelp')}
            </Typography>
            <Stack spacing={2}>
              {leefgebieden.map((l) => (
                <TextField key={l.id} label={t('referrals.wizard.concernFor', { leefgebied: l.label })} value={concernText(l.id)} onChange={(e) => setConcern(l.id, e.target.value)} multiline minRows={1} fullWidth />
              ))}
            </Stack>
          </FormControl>
          <TextField
            id={FIELD_IDS.askOfRecipient}
            label={t('referrals.wizard.askOfRecipient')}
            value={composition.askOfRecipient}
            onChange={(e) => setComposition({ askOfRecipient: e.target.value })}
            error={errorOf('askOfRecipient') !== undefined}
            helperText={errorOf('askOfRecipient') ?? t('referrals.wizard.askHelp')}
            multiline
            minRows={2}
            required
            fullWidth
          />
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('referrals.wizard.involved')}</FormLabel>
            {sources.involvements.length === 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t('referrals.wizard.noInvolved')}
              </Typography>
            ) : (
              <FormGroup>
                {sources.involvements.map((i) => (
                  <FormControlLabel
                    key={i.id}
                    control={<Checkbox checked={composition.involvementIds.includes(i.id)} onChange={(e) => setComposition({ involvementIds: sources.involvements.map((x) => x.id).filter((id) => (id === i.id ? e.target.checked : composition.involvementIds.includes(id))) })} />}
                    label={`${i.name}, ${i.role}${i.organisationName === undefined ? '' : ` (${i.organisationName})`}`}
                  />
                ))}
              </FormGroup>
            )}
          </FormControl>
        </Stack>
      </WizardSection>

      <WizardSection title={t('referrals.wizard.steps.check')} intro={t('referrals.wizard.intros.check')}>
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
          {content.ok ? <LetterPreview content={content.value} variant="recipient" logo={sources.letterhead.logo} /> : <Alert severity="warning">{letterProblemText(content.error)}</Alert>}
          <ExportActions session={session} sources={mergedSources} before={async () => (ready() ? (await flush(), true) : false)} />
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
