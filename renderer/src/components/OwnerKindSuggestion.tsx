// Runs in: renderer.
//
// "Werkt bij" is the user's explicit choice: typing an organisation (or a name that brings
// an attendee's organisation along) never changes it. Instead the kind the organisation
// suggests (ownerKindSuggestion) is shown next to the choice, with the reason, and applied
// only by the button. For an anonymously discussed pupil a partner cannot be chosen, so the
// suggestion says why instead of offering it (issue 21, point 2).
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { OwnerKind } from '../../../shared/meetings/actions';
import { ownerKindSuggestion } from '../../../shared/meetings/meetingLabels';

export interface OwnerKindSuggestionProps {
  readonly organisation: string;
  readonly schoolName: string;
  readonly value: OwnerKind;
  readonly anonymous: boolean;
  readonly onApply: (kind: OwnerKind) => void;
}

export function OwnerKindSuggestion({
  organisation,
  schoolName,
  value,
  anonymous,
  onApply,
}: OwnerKindSuggestionProps) {
  const { t } = useTranslation();
  const proposed = ownerKindSuggestion(organisation, schoolName, value);
  // Polite: the proposal is announced once it appears, never interrupting the typing.
  return (
    <Box role="status" sx={{ flexBasis: '100%' }}>
      {proposed === undefined ? null : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {anonymous && proposed === 'partner'
              ? t('meetings.ownerSuggestion.anonymous', { organisation: organisation.trim() })
              : t(`meetings.ownerSuggestion.${proposed}`, { organisation: organisation.trim() })}
          </Typography>
          {anonymous && proposed === 'partner' ? null : (
            <Button size="small" onClick={() => onApply(proposed)}>
              {t('meetings.ownerSuggestion.apply', {
                kind: t(`meetings.ownerSuggestion.kinds.${proposed}`),
              })}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
