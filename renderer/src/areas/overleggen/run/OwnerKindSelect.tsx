// Runs in: renderer.
//
// "School of partner?" for an action's owner, as a native select. For an anonymously
// discussed pupil the partner choice is not offered (it stays visible when an older action
// already has it, so the value is never hidden).
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import { OWNER_KINDS, type OwnerKind } from '../../../../../shared/meetings/actions';

export function OwnerKindSelect({
  value,
  anonymous,
  label,
  onChange,
  runField,
}: {
  readonly value: OwnerKind;
  readonly anonymous: boolean;
  readonly label: string;
  readonly onChange: (kind: OwnerKind) => void;
  readonly runField: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => {
        const kind = OWNER_KINDS.find((k) => k === event.target.value);
        if (kind !== undefined) onChange(kind);
      }}
      size="small"
      sx={{ minWidth: 170 }}
      slotProps={{ select: { native: true }, htmlInput: { 'data-run-field': runField } }}
    >
      {OWNER_KINDS.map((kind) => (
        <option
          key={kind}
          value={kind}
          disabled={anonymous && kind === 'partner' && value !== 'partner'}
        >
          {t(`meetingRun.actions.ownerKinds.${kind}`)}
        </option>
      ))}
    </TextField>
  );
}
