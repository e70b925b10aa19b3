// Runs in: renderer.
//
// Chooses who leads the help: one of the professionals involved in the case, or a name
// when that person is not (yet) recorded as betrokkene. Choosing a betrokkene also sets
// the regisseur flag in Betrokkenen (at most one per case), so both places always agree.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { zorgdossierSchema, type Zorgdossier } from '../../../../../shared/domain/case';
import {
  assignRegisseur,
  resolveRegisseur,
  type Involvement,
} from '../../../../../shared/domain/involvement';
import { useSession } from '../../../security/VaultProvider';
import { FormDialog } from '../../../components/FormDialog';
import { useFieldErrorText } from './caseFormat';
import { RAISED_BY_MAX, type FieldError } from '../../../../../shared/domain/caseDialogChecks';
import { useSaveAttempt } from '../../../components/useSaveAttempt';

export interface RegisseurDialogProps {
  readonly zorgdossier: Zorgdossier;
  readonly involvements: readonly Involvement[];
  readonly onClose: () => void;
}

const NONE = 'none';
const OTHER = 'other';

export function RegisseurDialog({ zorgdossier, involvements, onClose }: RegisseurDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const errorText = useFieldErrorText();
  const current = resolveRegisseur(zorgdossier, involvements);
  const initialChoice =
    current === undefined ? NONE : current.kind === 'name' ? OTHER : current.involvement.id;
  const initialName = current?.kind === 'name' ? current.name : '';
  const [choice, setChoice] = useState(initialChoice);
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<FieldError | undefined>(undefined);
  const { busy, failed, attempt, fail } = useSaveAttempt();
  const dirty = choice !== initialChoice || name !== initialName;

  const save = async () => {
    const trimmed = name.trim();
    if (choice === OTHER && trimmed === '') {
      setNameError('required');
      return;
    }
    setNameError(undefined);
    const now = new Date().toISOString();
    const involvementId = choice !== NONE && choice !== OTHER ? choice : undefined;
    const { regisseur: _old, ...rest } = zorgdossier;
    const nextCase =
      involvementId !== undefined
        ? { ...rest, regisseur: { kind: 'involvement' as const, involvementId }, updatedAt: now }
        : choice === OTHER
          ? { ...rest, regisseur: { kind: 'name' as const, name: trimmed }, updatedAt: now }
          : { ...rest, updatedAt: now };
    const parsed = zorgdossierSchema.safeParse(nextCase);
    if (!parsed.success) {
      fail();
      return;
    }
    await attempt(async () => {
      const flags = assignRegisseur(involvements, zorgdossier.id, involvementId, now);
      if (flags.length > 0) await session.records.putMany('case.involvement', flags);
      await session.records.put('case', parsed.data);
      onClose();
    });
  };

  return (
    <FormDialog
      open
      title={t('cases.regisseurDialog.title')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('cases.common.saveFailed') : undefined}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      {involvements.length === 0 ? (
        <Alert severity="info">{t('cases.regisseurDialog.noInvolvements')}</Alert>
      ) : null}
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('cases.regisseurDialog.legend')}</FormLabel>
        <RadioGroup
          name="regisseur"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <FormControlLabel
            value={NONE}
            control={<Radio autoFocus={choice === NONE} />}
            label={t('cases.regisseurDialog.none')}
          />
          {involvements.map((i) => (
            <FormControlLabel
              key={i.id}
              value={i.id}
              control={<Radio autoFocus={choice === i.id} />}
              label={t('cases.overview.regisseur.involvement', {
                name: i.name,
                role:
                  i.organisationName === undefined ? i.role : `${i.role}, ${i.organisationName}`,
              })}
            />
          ))}
          <FormControlLabel
            value={OTHER}
            control={<Radio autoFocus={choice === OTHER} />}
            label={t('cases.regisseurDialog.other')}
          />
        </RadioGroup>
      </FormControl>
      {choice === OTHER ? (
        <TextField
          label={t('cases.regisseurDialog.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          error={nameError !== undefined}
          helperText={errorText(nameError)}
          slotProps={{ htmlInput: { maxLength: RAISED_BY_MAX } }}
        />
      ) : null}
    </FormDialog>
  );
}
