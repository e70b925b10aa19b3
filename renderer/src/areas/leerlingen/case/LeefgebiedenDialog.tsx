// Runs in: renderer.
//
// Tags the case with leefgebieden from the school's list (Instellingen), as checkboxes. An
// id the list no longer offers (archived, or renamed away) stays ticked and shown, so
// opening and saving the dialog never silently drops a tag.
import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useTranslation } from 'react-i18next';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import {
  activeLeefgebieden,
  leefgebiedLabel,
  type Leefgebied,
} from '../../../../../shared/domain/leefgebieden';
import { useSession } from '../../../security/VaultProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

export interface LeefgebiedenDialogProps {
  readonly zorgdossier: Zorgdossier;
  readonly leefgebieden: readonly Leefgebied[];
  readonly onClose: () => void;
}

export function LeefgebiedenDialog({
  zorgdossier,
  leefgebieden,
  onClose,
}: LeefgebiedenDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(zorgdossier.leefgebieden),
  );
  const { busy, failed, attempt } = useSaveAttempt();

  const offered = activeLeefgebieden(leefgebieden);
  const offeredIds = new Set(offered.map((l) => l.id));
  const kept = zorgdossier.leefgebieden
    .filter((id) => !offeredIds.has(id))
    .map((id) => ({ id, label: leefgebiedLabel(leefgebieden, id) ?? id }));
  const options = [...offered, ...kept];
  const dirty = options.some((o) => chosen.has(o.id) !== zorgdossier.leefgebieden.includes(o.id));

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const save = async () => {
    await attempt(async () => {
      // Keep the school's order, so chips read the same way in every case.
      const ids = options.map((o) => o.id).filter((id) => chosen.has(id));
      await session.records.put('case', {
        ...zorgdossier,
        leefgebieden: ids,
        updatedAt: new Date().toISOString(),
      });
      onClose();
    });
  };

  return (
    <FormDialog
      open
      title={t('cases.leefgebiedenDialog.title')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <FormControl component="fieldset" variant="standard">
        <FormLabel component="legend">{t('cases.leefgebiedenDialog.legend')}</FormLabel>
        <FormHelperText sx={{ mx: 0, mb: 1 }}>{t('cases.leefgebiedenDialog.help')}</FormHelperText>
        <FormGroup>
          {options.map((option, index) => (
            <FormControlLabel
              key={option.id}
              control={
                <Checkbox
                  checked={chosen.has(option.id)}
                  onChange={() => toggle(option.id)}
                  autoFocus={index === 0}
                />
              }
              label={option.label}
            />
          ))}
        </FormGroup>
      </FormControl>
    </FormDialog>
  );
}
