// Runs in: renderer.
//
// Betrokkenen of one case (tab of the case screen): who is involved with this child, who
// leads (the regisseur, at most one), how closely the school coordinates with each, who is
// away and replaced, plus the team that serves the family's home.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import StarIcon from '@mui/icons-material/Star';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Organisation } from '../../../../../shared/domain/directory';
import {
  assignRegisseur,
  isInvolvementAbsentOn,
  type Involvement,
} from '../../../../../shared/domain/involvement';
import { compareIsoDates, todayIso } from '../../../../../shared/domain/dates';
import { formatIsoDate } from '../../../i18n/dates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { InvolvementDialog } from '../../../directory/InvolvementDialog';
import { TeamSuggestions } from '../../../directory/TeamSuggestions';
import { useRecord, useRecordList } from '../../../records/useRecords';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSession } from '../../../security/VaultProvider';
import { usePendingFocus } from '../../../components/usePendingFocus';

export interface InvolvementsPanelProps {
  readonly caseId: string;
  readonly pupilId: string;
}

type Editing =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'edit';
      readonly involvement: Involvement | undefined;
      readonly presetOrganisationId?: string;
    }
  | { readonly kind: 'delete'; readonly involvement: Involvement };

export function InvolvementsPanel({ caseId, pupilId }: InvolvementsPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const focusWhenReady = usePendingFocus();
  const pupil = useRecord(session, 'pupil', pupilId);
  const zorgdossier = useRecord(session, 'case', caseId);
  const organisations = useRecordList(session, 'directory.organisation');
  const contacts = useRecordList(session, 'directory.contact');
  const all = useRecordList(session, 'case.involvement');
  const involvements = all
    .filter((i) => i.caseId === caseId)
    .sort(
      (a, b) =>
        Number(b.isRegisseur) - Number(a.isRegisseur) ||
        compareIsoDates(a.since, b.since) ||
        a.name.localeCompare(b.name, 'nl'),
    );
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [failure, setFailure] = useState<string | null>(null);
  const today = todayIso();
  const close = (): void => setEditing({ kind: 'none' });
  const headingId = `involvements-${caseId}`;

  if (pupil === undefined || zorgdossier === undefined) {
    return (
      <Box component="section" aria-labelledby={headingId}>
        <Typography variant="h2" id={headingId}>
          {t('directory.involvements.title')}
        </Typography>
        <Alert severity="warning">{t('directory.involvements.notFound')}</Alert>
      </Box>
    );
  }

  const setRegisseur = (involvementId: string | undefined): void => {
    setFailure(null);
    const changed = assignRegisseur(involvements, caseId, involvementId, new Date().toISOString());
    if (changed.length === 0) return;
    session.records
      .putMany('case.involvement', changed)
      .catch(() => setFailure(t('directory.common.saveFailed')));
  };

  const addFrom = (organisation: Organisation): void =>
    setEditing({ kind: 'edit', involvement: undefined, presetOrganisationId: organisation.id });

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 1 }}
      >
        <Typography variant="h2" id={headingId} tabIndex={-1}>
          {t('directory.involvements.title')}
        </Typography>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setEditing({ kind: 'edit', involvement: undefined })}
        >
          {t('directory.involvements.add')}
        </Button>
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('directory.involvements.intro')}
      </Typography>
      <Stack spacing={2.5}>
        {failure !== null ? <Alert severity="error">{failure}</Alert> : null}
        {involvements.length === 0 ? (
          <Typography>{t('directory.involvements.empty')}</Typography>
        ) : (
          <Stack
            component="ul"
            aria-label={t('directory.involvements.listLabel')}
            spacing={1.5}
            sx={{ listStyle: 'none', p: 0, m: 0 }}
          >
            {involvements.map((involvement) => {
              const absent = isInvolvementAbsentOn(involvement, today);
              const itemId = `involvement-${involvement.id}`;
              return (
                <Paper component="li" key={involvement.id} variant="outlined" sx={{ p: 2 }}>
                  <Stack
                    direction={{ xs: 'column', md: 'row' }}
                    spacing={1.5}
                    sx={{ justifyContent: 'space-between' }}
                  >
                    <Box>
                      <Typography
                        variant="h3"
                        id={itemId}
                        tabIndex={-1}
                        sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}
                      >
                        {involvement.isRegisseur ? (
                          <StarIcon sx={{ color: 'warning.dark' }} aria-hidden />
                        ) : null}
                        {involvement.name}
                      </Typography>
                      <Typography color="text.secondary">
                        {[involvement.role, involvement.organisationName]
                          .filter((v) => v !== undefined)
                          .join(', ')}
                      </Typography>
                      <Stack
                        direction="row"
                        spacing={1}
                        useFlexGap
                        sx={{ flexWrap: 'wrap', my: 1 }}
                      >
                        {involvement.isRegisseur ? (
                          <Chip
                            size="small"
                            color="primary"
                            icon={<StarIcon aria-hidden />}
                            label={t('directory.involvements.regisseur')}
                          />
                        ) : null}
                        <Chip
                          size="small"
                          variant="outlined"
                          label={t('directory.involvements.level', {
                            level: t(`directory.levels.${involvement.coordinationLevel}`),
                          })}
                        />
                        {absent ? (
                          <Chip
                            size="small"
                            color="warning"
                            label={t('directory.involvements.absent')}
                          />
                        ) : null}
                      </Stack>
                      <Typography variant="body2">
                        {[involvement.phone, involvement.email]
                          .filter((v) => v !== undefined)
                          .join(' · ')}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t('directory.involvements.since', {
                          date: formatIsoDate(involvement.since, language),
                        })}
                      </Typography>
                      {involvement.absent !== undefined && absent ? (
                        <Typography variant="body2" sx={{ color: 'warning.dark' }}>
                          {involvement.absent.until !== undefined
                            ? t('directory.involvements.absentUntil', {
                                date: formatIsoDate(involvement.absent.until, language),
                              })
                            : t('directory.involvements.absentOpen')}
                          {involvement.absent.replacedBy !== undefined
                            ? `, ${t('directory.involvements.replacedBy', { name: involvement.absent.replacedBy })}`
                            : ''}
                        </Typography>
                      ) : null}
                    </Box>
                    <Stack
                      direction="row"
                      spacing={1}
                      useFlexGap
                      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
                    >
                      {involvement.isRegisseur ? (
                        <Button
                          size="small"
                          onClick={() => setRegisseur(undefined)}
                          aria-label={t('directory.involvements.removeRegisseurLabel', {
                            name: involvement.name,
                          })}
                        >
                          {t('directory.involvements.removeRegisseur')}
                        </Button>
                      ) : (
                        <Button
                          size="small"
                          onClick={() => setRegisseur(involvement.id)}
                          aria-label={t('directory.involvements.makeRegisseurLabel', {
                            name: involvement.name,
                          })}
                        >
                          {t('directory.involvements.makeRegisseur')}
                        </Button>
                      )}
                      <Button
                        size="small"
                        onClick={() => setEditing({ kind: 'edit', involvement })}
                        aria-label={t('directory.involvements.editLabel', {
                          name: involvement.name,
                        })}
                      >
                        {t('directory.common.edit')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setEditing({ kind: 'delete', involvement })}
                        aria-label={t('directory.involvements.deleteLabel', {
                          name: involvement.name,
                        })}
                      >
                        {t('directory.common.delete')}
                      </Button>
                    </Stack>
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        )}
        <TeamSuggestions pupil={pupil} organisations={organisations} onAddFrom={addFrom} />
      </Stack>

      {editing.kind === 'edit' ? (
        <InvolvementDialog
          session={session}
          caseId={caseId}
          involvement={editing.involvement}
          caseInvolvements={involvements}
          organisations={organisations}
          contacts={contacts}
          {...(editing.presetOrganisationId === undefined
            ? {}
            : { presetOrganisationId: editing.presetOrganisationId })}
          onClose={close}
          onSaved={(saved) => {
            close();
            focusWhenReady(`involvement-${saved.id}`);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={editing.kind === 'delete'}
        title={t('directory.involvements.delete.title')}
        text={
          editing.kind === 'delete'
            ? t('directory.involvements.delete.body', { name: editing.involvement.name })
            : ''
        }
        confirmLabel={t('directory.involvements.delete.confirm')}
        onClose={close}
        onConfirm={async () => {
          if (editing.kind !== 'delete') return;
          await session.records.delete('case.involvement', editing.involvement.id);
          focusWhenReady(headingId);
        }}
      />
    </Box>
  );
}
