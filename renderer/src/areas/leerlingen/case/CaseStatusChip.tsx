// Runs in: renderer.
//
// The case status as a small label. Open statuses use the calm primary colour; a closed
// case is grey, so open work stands out in any list.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../../shared/domain/caseStatus';
import { isOpenStatus } from '../../../../../shared/domain/caseStatus';

export function CaseStatusChip({ status }: { readonly status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      label={t('cases.statusLabel', { status: t(`cases.status.${status}`) })}
      color={isOpenStatus(status) ? 'primary' : 'default'}
      variant={isOpenStatus(status) ? 'filled' : 'outlined'}
    />
  );
}
