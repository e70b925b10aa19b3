// Runs in: renderer.
//
// The scope questions of a consent: for what, in which meetings or towards which
// organisation, which document, which data. Used by "vastleggen", "controleren" and the
// consent form. In check mode one meeting is asked about instead of several.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import {
  CONSENT_PURPOSES,
  MEETING_KINDS,
  purposeNeedsRecipient,
} from '../../../shared/domain/consent';
import type { Organisation } from '../../../shared/domain/directory';
import {
  SELECTABLE_CATEGORIES,
  type ScopeDraft,
  type ScopeErrors,
} from '../../../shared/domain/consentScopeDraft';

export interface ScopeFieldsProps {
  readonly draft: ScopeDraft;
  readonly errors: ScopeErrors;
  readonly organisations: readonly Organisation[];
  readonly mode: 'record' | 'check';
  readonly onChange: (patch: Partial<ScopeDraft>) => void;
  readonly autoFocus?: boolean;
}

export function ScopeFields({
  draft,
  errors,
  organisations,
  mode,
  onChange,
  autoFocus = false,
}: ScopeFieldsProps) {
  const { t } = useTranslation();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  return (
    <>
      <TextField
        select
        label={t('directory.consent.scope.purpose')}
        value={draft.purpose}
        onChange={(e) => {
          const purpose = CONSENT_PURPOSES.find((p) => p === e.target.value);
          if (purpose !== undefined) onChange({ purpose });
        }}
        autoFocus={autoFocus}
        fullWidth
      >
        {CONSENT_PURPOSES.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`directory.consent.purposes.${p}`)}
          </MenuItem>
        ))}
      </TextField>

      {draft.purpose === 'bespreken-op-naam' ? (
        mode === 'record' ? (
          <FormControl component="fieldset" error={errors.meetingKinds === true}>
            <FormLabel component="legend">{t('directory.consent.scope.meetingKinds')}</FormLabel>
            <FormGroup row>
              {MEETING_KINDS.map((kind) => (
                <FormControlLabel
                  key={kind}
                  control={
                    <Checkbox
                      checked={draft.meetingKinds.includes(kind)}
                      onChange={(e) =>
                        onChange({
                          meetingKinds: toggle(draft.meetingKinds, kind, e.target.checked),
                        })
                      }
                    />
                  }
                  label={t(`directory.consent.meetingKinds.${kind}`)}
                />
              ))}
            </FormGroup>
            {errors.meetingKinds === true ? (
              <FormHelperText>{t('directory.consent.scope.errors.meetingKinds')}</FormHelperText>
            ) : null}
          </FormControl>
        ) : (
          <FormControl component="fieldset" error={errors.meetingKinds === true}>
            <FormLabel component="legend">{t('directory.consent.scope.meetingKind')}</FormLabel>
            <RadioGroup
              row
              name="check-meeting-kind"
              value={draft.meetingKinds[0] ?? ''}
              onChange={(e) => {
                const kind = MEETING_KINDS.find((k) => k === e.target.value);
                if (kind !== undefined) onChange({ meetingKinds: [kind] });
              }}
            >
              {MEETING_KINDS.map((kind) => (
                <FormControlLabel
                  key={kind}
                  value={kind}
                  control={<Radio />}
                  label={t(`directory.consent.meetingKinds.${kind}`)}
                />
              ))}
            </RadioGroup>
            {errors.meetingKinds === true ? (
              <FormHelperText>{t('directory.consent.scope.errors.meetingKinds')}</FormHelperText>
            ) : null}
          </FormControl>
        )
      ) : null}

      {purposeNeedsRecipient(draft.purpose) ? (
        sorted.length === 0 ? (
          <Alert severity="warning">{t('directory.consent.scope.noOrganisations')}</Alert>
        ) : (
          <TextField
            select
            required
            label={t('directory.consent.scope.recipient')}
            value={draft.recipientId}
            onChange={(e) => onChange({ recipientId: e.target.value })}
            error={errors.recipient === true}
            helperText={
              errors.recipient === true
                ? t('directory.consent.scope.errors.recipient')
                : t('directory.consent.scope.recipientHelp')
            }
            fullWidth
          >
            <MenuItem value="" disabled>
              {t('directory.consent.scope.recipientNone')}
            </MenuItem>
            {sorted.map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
        )
      ) : null}

      {draft.purpose === 'document-doorgeven' ? (
        <TextField
          required
          label={t('directory.consent.scope.documentName')}
          value={draft.documentName}
          onChange={(e) => onChange({ documentName: e.target.value })}
          error={errors.documentName === true}
          helperText={
            errors.documentName === true
              ? t('directory.consent.scope.errors.documentName')
              : t('directory.consent.scope.documentNameHelp')
          }
          fullWidth
        />
      ) : null}

      <FormControl component="fieldset" error={errors.categories === true}>
        <FormLabel component="legend">{t('directory.consent.scope.categories')}</FormLabel>
        <FormHelperText sx={{ mx: 0 }}>
          {errors.categories === true
            ? t('directory.consent.scope.errors.categories')
            : t('directory.consent.scope.categoriesHelp')}
        </FormHelperText>
        <FormGroup>
          {SELECTABLE_CATEGORIES.map((category) => (
            <FormControlLabel
              key={category}
              control={
                <Checkbox
                  checked={draft.categories.includes(category)}
                  onChange={(e) =>
                    onChange({ categories: toggle(draft.categories, category, e.target.checked) })
                  }
                />
              }
              label={t(`directory.consent.categories.${category}`)}
            />
          ))}
        </FormGroup>
      </FormControl>
    </>
  );
}
