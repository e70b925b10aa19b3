// Runs in: renderer.
//
// Step 2 of the referral wizard: the data categories to share and the attachments. An
// attachment the consent does not cover cannot be ticked (one ticked earlier can still be
// unticked), so the wizard never offers more than consent allows.
import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { SELECTABLE_CATEGORIES } from '../../../../shared/domain/consentScopeDraft';
import type { AttachmentCandidate } from '../../../../shared/referrals/consentGate';
import type { ReferralAttachment } from '../../../../shared/referrals/referral';
import { REFERRAL_FIELD_IDS } from './referralFieldIds';
import { orderedCategories, type ReferralDraft } from './useReferralDraft';
import { WizardSection } from './WizardSection';

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item);
}

const attachmentKey = (a: Pick<ReferralAttachment, 'kind' | 'refId'>): string =>
  `${a.kind}:${a.refId}`;

/** The attachment as the referral stores it: a named document keeps its name. */
function attachmentOf(candidate: AttachmentCandidate): ReferralAttachment {
  return candidate.kind === 'document' && candidate.documentName !== undefined
    ? { kind: 'document', refId: candidate.refId, documentName: candidate.documentName }
    : { kind: candidate.kind, refId: candidate.refId };
}

export interface ReferralDataStepProps {
  readonly draft: ReferralDraft;
  readonly update: (patch: Partial<ReferralDraft>) => void;
  /** Every attachment the case has, and the ones consent allows for this referral. */
  readonly candidates: readonly AttachmentCandidate[];
  readonly allowed: readonly AttachmentCandidate[];
  readonly categoriesError: string | undefined;
}

export function ReferralDataStep({
  draft,
  update,
  candidates,
  allowed,
  categoriesError,
}: ReferralDataStepProps) {
  const { t } = useTranslation();
  const selectedKeys = new Set(draft.attachments.map(attachmentKey));
  return (
    <WizardSection
      title={t('referrals.wizard.steps.data')}
      intro={t('referrals.wizard.intros.data')}
    >
      <FormControl component="fieldset" error={categoriesError !== undefined} sx={{ mb: 3 }}>
        <FormLabel component="legend" id={REFERRAL_FIELD_IDS.categories} tabIndex={-1}>
          {t('referrals.wizard.categories')}
        </FormLabel>
        <FormGroup>
          {SELECTABLE_CATEGORIES.map((c) => (
            <FormControlLabel
              key={c}
              control={
                <Checkbox
                  checked={draft.dataCategories.includes(c)}
                  onChange={(e) =>
                    update({
                      dataCategories: orderedCategories(
                        toggle(draft.dataCategories, c, e.target.checked),
                      ),
                    })
                  }
                />
              }
              label={t(`directory.consent.categories.${c}`)}
            />
          ))}
        </FormGroup>
        {categoriesError === undefined ? null : <FormHelperText>{categoriesError}</FormHelperText>}
      </FormControl>
      <FormControl component="fieldset" sx={{ display: 'block' }}>
        <FormLabel component="legend">{t('referrals.wizard.attachments')}</FormLabel>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('referrals.wizard.attachmentsHelp')}
        </Typography>
        {candidates.length === 0 ? (
          <Typography>{t('referrals.wizard.noAttachments')}</Typography>
        ) : (
          <FormGroup>
            {candidates.map((candidate) => {
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
                            ? [...draft.attachments, attachmentOf(candidate)]
                            : draft.attachments.filter((a) => attachmentKey(a) !== key),
                        })
                      }
                    />
                  }
                  label={
                    isAllowed
                      ? candidate.label
                      : t('referrals.wizard.attachmentNotAllowed', { label: candidate.label })
                  }
                />
              );
            })}
          </FormGroup>
        )}
      </FormControl>
    </WizardSection>
  );
}
