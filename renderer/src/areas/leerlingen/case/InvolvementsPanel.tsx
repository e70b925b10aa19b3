// Runs in: renderer.
//
// Betrokkenen of one case (tab of the case screen): who is involved with this child, who
// leads (the regisseur, at most one), how closely the school coordinates with each, who is
// away and replaced, plus the team that serves the family's home.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Organisation } from '../../../../../shared/domain/directory';
import { assignRegisseur, type Involvement } from '../../../../../shared/domain/involvement';
import { compareIsoDates, todayIso } from '../../../../../shared/domain/dates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { InvolvementDialog } from '../../../directory/InvolvementDialog';
import { TeamSuggestions } from '../../../directory/TeamSuggestions';
import { useRecord, useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { usePendingFocus } from '../../../components/usePendingFocus';
import { InvolvementCard } from './InvolvementCard';

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
            {involvements.map((involvement) => (
              <InvolvementCard
                key={involvement.id}
                involvement={involvement}
                today={today}
                onRegisseur={(lead) => setRegisseur(lead ? involvement.id : undefined)}
                onEdit={() => setEditing({ kind: 'edit', involvement })}
                onDelete={() => setEditing({ kind: 'delete', involvement })}
              />
            ))}
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
