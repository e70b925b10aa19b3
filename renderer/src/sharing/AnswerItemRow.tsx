// Runs in: renderer.
//
// One change a referral answer offers, as a row: what it is, what the school has now, what the
// answer says, and the tick box that takes it over.
import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { CARE_SETTINGS_RECORD_ID } from '../../../shared/domain/careSettings';
import { DEFAULT_LEEFGEBIEDEN, leefgebiedLabel } from '../../../shared/domain/leefgebieden';
import type { AnswerItem } from '../../../shared/referrals/answerImport';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { useSession } from '../security/VaultProvider';

export function AnswerItemRow({
  item,
  checked,
  disabled,
  onToggle,
}: {
  readonly item: AnswerItem;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly onToggle: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const day = (date: string): string => formatIsoDate(date, language);
  const cells = ((): { what: string; now: string; proposed: string } => {
    switch (item.kind) {
      case 'status':
        return {
          what: t('received.answerImport.items.status', {
            status: t(`referrals.statuses.${item.status}`),
          }),
          now: t('received.answerImport.notRecorded'),
          proposed:
            item.reason === undefined
              ? day(item.date)
              : `${day(item.date)} · ${t('received.history.reason', { text: item.reason })}`,
        };
      case 'route':
        return {
          what: t('received.answerImport.items.route'),
          now: t('received.answerImport.notRecorded'),
          proposed: `${t(`referrals.routes.${item.route.kind}`)} · ${day(item.route.date)}`,
        };
      case 'feedback':
        return {
          what: t('received.answerImport.items.feedback'),
          now: t('received.answerImport.notRecorded'),
          proposed: item.feedback.text,
        };
      case 'home-goal': {
        const labels =
          session.records.get('school.care-settings', CARE_SETTINGS_RECORD_ID)?.leefgebieden ??
          DEFAULT_LEEFGEBIEDEN;
        return {
          what: t('received.answerImport.items.homeGoal', {
            leefgebied: leefgebiedLabel(labels, item.goal.leefgebiedId) ?? item.goal.leefgebiedId,
          }),
          now: t('received.answerImport.notOnPlan'),
          proposed: item.goal.goal,
        };
      }
      default: {
        const never: never = item;
        return never;
      }
    }
  })();
  return (
    <TableRow data-testid={`answer-item-${item.kind}`}>
      <TableCell>{cells.what}</TableCell>
      <TableCell>{cells.now}</TableCell>
      <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{cells.proposed}</TableCell>
      <TableCell>
        <Checkbox
          checked={checked}
          onChange={onToggle}
          disabled={disabled}
          slotProps={{
            input: { 'aria-label': t('received.answerImport.takeOverLabel', { what: cells.what }) },
          }}
        />
      </TableCell>
    </TableRow>
  );
}
