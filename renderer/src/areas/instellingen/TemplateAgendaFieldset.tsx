// Runs in: renderer.
//
// The fixed parts of a meeting's agenda around the case discussions, in the meeting template
// editor: title and minutes per part, move up and down (focus stays on the moved row's
// button), remove, and add. The one "cases" slot can be moved but not removed.
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { newRowKey, type PartRow } from '../../../../shared/meetings/templateForm';
import { focusNewRow, TemplateFieldset, type TemplateFieldsetProps } from './TemplateRolesFieldset';

export function TemplateAgendaFieldset({ form, setForm, errors }: TemplateFieldsetProps) {
  const { t } = useTranslation();
  const setPart = (key: number, change: { readonly title?: string; readonly minutes?: string }) =>
    setForm((current) => ({
      ...current,
      parts: current.parts.map((p) =>
        p.key === key && p.kind === 'fixed' ? { ...p, ...change } : p,
      ),
    }));
  const movePart = (key: number, by: -1 | 1) => {
    setForm((current) => {
      const from = current.parts.findIndex((p) => p.key === key);
      const to = from + by;
      const moving = current.parts[from];
      if (moving === undefined || to < 0 || to >= current.parts.length) return current;
      const next = current.parts.filter((p) => p.key !== key);
      next.splice(to, 0, moving);
      return { ...current, parts: next };
    });
    // The row moved in the DOM, which takes focus away: put it back on the button (or its twin at an edge).
    requestAnimationFrame(() => {
      const same = document.getElementById(`agenda-part-${key}-${by < 0 ? 'up' : 'down'}`);
      const other = document.getElementById(`agenda-part-${key}-${by < 0 ? 'down' : 'up'}`);
      (same !== null && !same.hasAttribute('disabled') ? same : other)?.focus();
    });
  };
  const partName = (row: PartRow, index: number): string =>
    row.kind === 'cases'
      ? t('actieplan.templates.casesPart')
      : t('actieplan.templates.partTitle', { number: index + 1 });
  return (
    <TemplateFieldset
      legend={t('actieplan.templates.agenda')}
      help={t('actieplan.templates.agendaHelp')}
    >
      <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {form.parts.map((row, index) => {
          const name = partName(row, index);
          const partError = errors?.parts.get(row.key);
          return (
            <Paper
              component="li"
              variant="outlined"
              key={row.key}
              data-testid="template-part"
              sx={{
                p: 1.5,
                display: 'flex',
                gap: 1.5,
                alignItems: 'flex-start',
                flexWrap: 'wrap',
                bgcolor: row.kind === 'cases' ? 'background.default' : undefined,
              }}
            >
              {row.kind === 'cases' ? (
                <Typography sx={{ flex: 1, minWidth: 'min(220px, 100%)', py: 1, fontWeight: 600 }}>
                  {t('actieplan.templates.casesPartText')}
                </Typography>
              ) : (
                <>
                  <TextField
                    label={name}
                    value={row.title}
                    onChange={(event) => setPart(row.key, { title: event.target.value })}
                    error={partError?.title !== undefined}
                    helperText={
                      partError?.title === 'required'
                        ? t('actieplan.templates.errors.partTitleRequired')
                        : partError?.title === 'tooLong'
                          ? t('actieplan.templates.errors.roleTooLong')
                          : undefined
                    }
                    size="small"
                    sx={{ flex: 1, minWidth: 'min(220px, 100%)' }}
                  />
                  <TextField
                    label={t('actieplan.templates.partMinutes', { number: index + 1 })}
                    value={row.minutes}
                    onChange={(event) => setPart(row.key, { minutes: event.target.value })}
                    type="number"
                    error={partError?.minutes === true}
                    helperText={
                      partError?.minutes === true
                        ? t('actieplan.templates.errors.number', { min: 0, max: 240 })
                        : undefined
                    }
                    slotProps={{ htmlInput: { min: 0, max: 240, step: 1 } }}
                    size="small"
                    sx={{ width: 170 }}
                  />
                </>
              )}
              <Stack direction="row" spacing={0.5}>
                <Tooltip title={t('actieplan.templates.moveUp', { part: name })}>
                  <span>
                    <IconButton
                      id={`agenda-part-${row.key}-up`}
                      aria-label={t('actieplan.templates.moveUp', { part: name })}
                      disabled={index === 0}
                      onClick={() => movePart(row.key, -1)}
                    >
                      <ArrowUpwardIcon />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={t('actieplan.templates.moveDown', { part: name })}>
                  <span>
                    <IconButton
                      id={`agenda-part-${row.key}-down`}
                      aria-label={t('actieplan.templates.moveDown', { part: name })}
                      disabled={index === form.parts.length - 1}
                      onClick={() => movePart(row.key, 1)}
                    >
                      <ArrowDownwardIcon />
                    </IconButton>
                  </span>
                </Tooltip>
                {row.kind === 'fixed' ? (
                  <Tooltip
                    title={t('actieplan.templates.removePart', {
                      part: row.title.trim() === '' ? name : row.title,
                    })}
                  >
                    <IconButton
                      aria-label={t('actieplan.templates.removePart', {
                        part: row.title.trim() === '' ? name : row.title,
                      })}
                      onClick={() =>
                        setForm((current) => ({
                          ...current,
                          parts: current.parts.filter((p) => p.key !== row.key),
                        }))
                      }
                    >
                      <DeleteOutlineOutlinedIcon />
                    </IconButton>
                  </Tooltip>
                ) : null}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        sx={{ mt: 1.5 }}
        disabled={form.parts.length >= 20}
        onClick={(event) => {
          const list = event.currentTarget.parentElement;
          setForm((current) => ({
            ...current,
            parts: [...current.parts, { key: newRowKey(), kind: 'fixed', title: '', minutes: '5' }],
          }));
          focusNewRow(list, 'template-part');
        }}
      >
        {t('actieplan.templates.addPart')}
      </Button>
    </TemplateFieldset>
  );
}
