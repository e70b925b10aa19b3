// Runs in: renderer.
//
// Step 4 of the referral wizard: what the letter says. The reason and question and what is
// asked of the recipient are required; what was already done and who is involved are picked
// from the case; concerns are written per leefgebied, in the school's order.
import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Leefgebied } from '../../../../shared/domain/leefgebieden';
import { REFERRAL_FIELD_IDS } from './referralFieldIds';
import type { ReferralSources } from './referralSources';
import type { ReferralDraft } from './useReferralDraft';
import { WizardSection } from './WizardSection';

type Composition = ReferralDraft['composition'];

/** The ids in `all` that stay ticked after ticking or unticking `id`, in the order of `all`. */
function tickedIds(
  all: readonly { readonly id: string }[],
  ticked: readonly string[],
  id: string,
  on: boolean,
): string[] {
  return all.map((x) => x.id).filter((x) => (x === id ? on : ticked.includes(x)));
}

export interface ReferralContentStepProps {
  readonly composition: Composition;
  readonly setComposition: (patch: Partial<Composition>) => void;
  readonly sources: Pick<ReferralSources, 'done' | 'involvements'>;
  /** The school's active leefgebieden, in its order. */
  readonly leefgebieden: readonly Leefgebied[];
  readonly reasonError: string | undefined;
  readonly askError: string | undefined;
}

export function ReferralContentStep({
  composition,
  setComposition,
  sources,
  leefgebieden,
  reasonError,
  askError,
}: ReferralContentStepProps) {
  const { t } = useTranslation();
  const concernText = (id: string): string =>
    composition.concerns.find((c) => c.leefgebiedId === id)?.text ?? '';
  const setConcern = (id: string, text: string): void => {
    const texts = new Map(composition.concerns.map((c) => [c.leefgebiedId, c.text]));
    texts.set(id, text);
    // In the school's order, and only those with something written.
    setComposition({
      concerns: leefgebieden.flatMap((l) =>
        (texts.get(l.id) ?? '').trim() === ''
          ? []
          : [{ leefgebiedId: l.id, text: texts.get(l.id) ?? '' }],
      ),
    });
  };
  return (
    <WizardSection
      title={t('referrals.wizard.steps.content')}
      intro={t('referrals.wizard.intros.content')}
    >
      <Stack spacing={3}>
        <TextField
          id={REFERRAL_FIELD_IDS.reasonAndQuestion}
          label={t('referrals.wizard.reasonAndQuestion')}
          value={composition.reasonAndQuestion}
          onChange={(e) => setComposition({ reasonAndQuestion: e.target.value })}
          error={reasonError !== undefined}
          helperText={reasonError ?? t('referrals.wizard.reasonHelp')}
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
                  control={
                    <Checkbox
                      checked={composition.alreadyDone.refIds.includes(item.id)}
                      onChange={(e) =>
                        setComposition({
                          alreadyDone: {
                            ...composition.alreadyDone,
                            refIds: tickedIds(
                              sources.done,
                              composition.alreadyDone.refIds,
                              item.id,
                              e.target.checked,
                            ),
                          },
                        })
                      }
                    />
                  }
                  label={item.text}
                />
              ))}
            </FormGroup>
          )}
          <TextField
            label={t('referrals.wizard.alreadyDoneText')}
            value={composition.alreadyDone.text}
            onChange={(e) =>
              setComposition({ alreadyDone: { ...composition.alreadyDone, text: e.target.value } })
            }
            multiline
            minRows={2}
            fullWidth
          />
        </FormControl>
        <TextField
          label={t('referrals.wizard.strengths')}
          helperText={t('referrals.wizard.strengthsHelp')}
          value={composition.strengths}
          onChange={(e) => setComposition({ strengths: e.target.value })}
          multiline
          minRows={2}
          fullWidth
        />
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('referrals.wizard.concerns')}</FormLabel>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('referrals.wizard.concernsHelp')}
          </Typography>
          <Stack spacing={2}>
            {leefgebieden.map((l) => (
              <TextField
                key={l.id}
                label={t('referrals.wizard.concernFor', { leefgebied: l.label })}
                value={concernText(l.id)}
                onChange={(e) => setConcern(l.id, e.target.value)}
                multiline
                minRows={1}
                fullWidth
              />
            ))}
          </Stack>
        </FormControl>
        <TextField
          id={REFERRAL_FIELD_IDS.askOfRecipient}
          label={t('referrals.wizard.askOfRecipient')}
          value={composition.askOfRecipient}
          onChange={(e) => setComposition({ askOfRecipient: e.target.value })}
          error={askError !== undefined}
          helperText={askError ?? t('referrals.wizard.askHelp')}
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
                  control={
                    <Checkbox
                      checked={composition.involvementIds.includes(i.id)}
                      onChange={(e) =>
                        setComposition({
                          involvementIds: tickedIds(
                            sources.involvements,
                            composition.involvementIds,
                            i.id,
                            e.target.checked,
                          ),
                        })
                      }
                    />
                  }
                  label={`${i.name}, ${i.role}${i.organisationName === undefined ? '' : ` (${i.organisationName})`}`}
                />
              ))}
            </FormGroup>
          )}
        </FormControl>
      </Stack>
    </WizardSection>
  );
}
