// Runs in: renderer.
//
// The roles at the table in the meeting template editor: a name per role, whether it is
// required, remove, and add (which puts focus in the new, empty name field).
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { AttendeeRole } from '../../../../shared/meetings/templates';
import {
  newRowKey,
  type FormErrors,
  type TemplateForm,
} from '../../../../shared/meetings/templateForm';

export interface TemplateFieldsetProps {
  readonly form: TemplateForm;
  readonly setForm: Dispatch<SetStateAction<TemplateForm>>;
  readonly errors: FormErrors | null;
}

/** After adding a row: focus its empty text field (the last of the list) so the user can type straight away. */
export function focusNewRow(
  list: HTMLElement | null,
  testId: 'template-role' | 'template-part',
): void {
  requestAnimationFrame(() => {
    const fields = list?.querySelectorAll<HTMLInputElement>(
      `[data-testid="${testId}"] input[type="text"]`,
    );
    fields?.[fields.length - 1]?.focus();
  });
}

/** A fieldset of the template editor: its legend as a small heading, a line of help, the rows. */
export function TemplateFieldset({
  legend,
  help,
  children,
}: {
  readonly legend: string;
  readonly help: string;
  readonly children: ReactNode;
}) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography
        component="legend"
        variant="h4"
        sx={{ fontSize: '1rem', fontWeight: 600, mb: 0.5 }}
      >
        {legend}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {help}
      </Typography>
      {children}
    </Box>
  );
}

export function TemplateRolesFieldset({ form, setForm, errors }: TemplateFieldsetProps) {
  const { t } = useTranslation();
  const setRole = (key: number, change: Partial<AttendeeRole>) =>
    setForm((current) => ({
      ...current,
      roles: current.roles.map((r) => (r.key === key ? { ...r, ...change } : r)),
    }));
  return (
    <TemplateFieldset
      legend={t('actieplan.templates.roles')}
      help={t('actieplan.templates.roleHelp')}
    >
      {form.roles.length === 0 ? (
        <Typography color="text.secondary">{t('actieplan.templates.noRoles')}</Typography>
      ) : null}
      <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {form.roles.map((row, index) => {
          const roleError = errors?.roles.get(row.key);
          const label = t('actieplan.templates.roleName', { number: index + 1 });
          return (
            <Paper
              component="li"
              variant="outlined"
              key={row.key}
              data-testid="template-role"
              sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}
            >
              <TextField
                label={label}
                value={row.role}
                onChange={(event) => setRole(row.key, { role: event.target.value })}
                error={roleError !== undefined}
                helperText={
                  roleError === 'required'
                    ? t('actieplan.templates.errors.roleRequired')
                    : roleError === 'tooLong'
                      ? t('actieplan.templates.errors.roleTooLong')
                      : row.parents === true
                        ? t('actieplan.templates.roleParents')
                        : undefined
                }
                size="small"
                sx={{ flex: 1, minWidth: 'min(220px, 100%)' }}
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={row.required}
                    onChange={(event) => setRole(row.key, { required: event.target.checked })}
                    slotProps={{
                      input: { 'aria-label': `${label}: ${t('actieplan.templates.roleRequired')}` },
                    }}
                  />
                }
                label={t('actieplan.templates.roleRequired')}
              />
              <Tooltip
                title={t('actieplan.templates.removeRole', {
                  role: row.role.trim() === '' ? label : row.role,
                })}
              >
                <IconButton
                  aria-label={t('actieplan.templates.removeRole', {
                    role: row.role.trim() === '' ? label : row.role,
                  })}
                  onClick={() =>
                    setForm((current) => ({
                      ...current,
                      roles: current.roles.filter((r) => r.key !== row.key),
                    }))
                  }
                >
                  <DeleteOutlineOutlinedIcon />
                </IconButton>
              </Tooltip>
            </Paper>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        sx={{ mt: 1.5 }}
        onClick={(event) => {
          const list = event.currentTarget.parentElement;
          setForm((current) => ({
            ...current,
            roles: [...current.roles, { key: newRowKey(), role: '', required: true }],
          }));
          focusNewRow(list, 'template-role');
        }}
      >
        {t('actieplan.templates.addRole')}
      </Button>
    </TemplateFieldset>
  );
}
