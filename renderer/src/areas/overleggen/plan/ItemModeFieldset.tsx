// Runs in: renderer.
//
// Whether a case just picked for the agenda is discussed by name or anonymously. Named is
// only possible with a valid consent "bespreken op naam" for this meeting's kind on its date;
// otherwise the choice is fixed at anonymous and the consent check's reasons say why, with
// the way to the case's consent register.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { ItemModeDecision } from '../../../../../shared/meetings/agenda';
import type { ItemMode, MeetingKind } from '../../../../../shared/meetings/meeting';
import { ConsentReasons } from './ConsentReasons';
import type { CaseOption } from './planScreenRules';

export interface ItemModeFieldsetProps {
  readonly mode: ItemMode;
  readonly decision: ItemModeDecision;
  readonly picked: CaseOption;
  readonly meetingKind: MeetingKind;
  readonly onRequest: (mode: ItemMode) => void;
}

export function ItemModeFieldset({
  mode,
  decision,
  picked,
  meetingKind,
  onRequest,
}: ItemModeFieldsetProps) {
  const { t } = useTranslation();
  const forced = decision.mode === 'anonymous';
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{t('meetings.itemDialog.mode')}</FormLabel>
      <RadioGroup value={mode} onChange={(event) => onRequest(event.target.value as ItemMode)}>
        <FormControlLabel
          value="named"
          disabled={forced}
          control={<Radio />}
          label={t('meetings.itemDialog.named')}
        />
        <FormControlLabel
          value="anonymous"
          control={<Radio />}
          label={t('meetings.itemDialog.anonymous')}
        />
      </RadioGroup>
      {decision.mode === 'anonymous' ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('meetings.itemDialog.forcedAnonymous', { kind: t(`meetings.kinds.${meetingKind}`) })}
          </Typography>
          <ConsentReasons
            reasons={decision.reasons}
            pupilId={picked.pupilId}
            caseId={picked.caseId}
          />
        </Alert>
      ) : (
        <FormHelperText sx={{ mx: 0 }}>{t('meetings.itemDialog.consentOk')}</FormHelperText>
      )}
    </FormControl>
  );
}
