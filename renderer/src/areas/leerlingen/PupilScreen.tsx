// Runs in: renderer.
//
// One pupil: the name as the page heading, the basic details, the parents/carers with
// gezag, where the family lives, and the pupil's case files with the way to open a new one.
// Editing and deleting start here; deleting is refused while the pupil has case files.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Zorgdossier } from '../../../../shared/domain/case';
import { pupilAgeOn, displayName, type Pupil } from '../../../../shared/domain/pupil';
import { hrefFor, useHashRoute } from '../../app/router';
import { AreaPage } from '../../components/AreaPage';
import { formatIsoDate } from '../../i18n/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../../security/VaultProvider';
import { todayIso } from '../../../../shared/domain/dates';
import { DeletePupilDialog } from './DeletePupilDialog';
import { NewCaseDialog } from './NewCaseDialog';
import { NotFound } from './NotFound';
import { PupilDialog } from './PupilDialog';
import { useRecordsVersion } from '../../records/useRecords';

const WATCHED = ['pupil', 'case'] as const;

type OpenDialog = 'edit' | 'delete' | 'new-case' | null;

export function PupilScreen({ pupilId }: { readonly pupilId: string }) {
  const session = useSession();
  const version = useRecordsVersion(session, WATCHED);
  const pupil = useMemo(
    () => (version >= 0 ? session.records.get('pupil', pupilId) : undefined),
    [session, pupilId, version],
  );
  const cases = useMemo(
    () =>
      version >= 0
        ? session.records
            .list('case')
            .filter((c) => c.pupilId === pupilId)
            .sort((a, b) =>
              a.signal.date < b.signal.date ? 1 : a.signal.date > b.signal.date ? -1 : 0,
            )
        : [],
    [session, pupilId, version],
  );
  if (pupil === undefined) return <NotFound />;
  return <PupilDetails pupil={pupil} cases={cases} />;
}

function PupilDetails({
  pupil,
  cases,
}: {
  readonly pupil: Pupil;
  readonly cases: readonly Zorgdossier[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, navigate] = useHashRoute();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = displayName(pupil);
  const date = (iso: string): string => formatIsoDate(iso, language);
  const notRecorded = t('pupils.page.notRecorded');

  return (
    <AreaPage
      title={name}
      intro={
        pupil.group === undefined
          ? t('pupils.page.introNoGroup')
          : t('pupils.page.intro', { group: pupil.group })
      }
    >
      <Stack spacing={3}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ flexWrap: 'wrap' }}>
          <Button startIcon={<ArrowBackIcon />} href={hrefFor({ area: 'leerlingen' })}>
            {t('pupils.page.backToList')}
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          <Button
            variant="outlined"
            startIcon={<EditOutlinedIcon />}
            onClick={() => setDialog('edit')}
          >
            {t('pupils.page.edit')}
          </Button>
          <Button
            variant="outlined"
            color="error"
            startIcon={<DeleteOutlinedIcon />}
            onClick={() => setDialog('delete')}
          >
            {t('pupils.page.delete')}
          </Button>
        </Stack>
        {notice !== null ? (
          <Alert severity="success" role="status" onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}

        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="pupil-details-heading"
          sx={{ p: 3 }}
        >
          <Typography id="pupil-details-heading" variant="h2" sx={{ mb: 2 }}>
            {t('pupils.page.detailsHeading')}
          </Typography>
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' },
              rowGap: 1,
              columnGap: 2,
              m: 0,
            }}
          >
            <Detail
              label={t('pupils.page.dateOfBirth')}
              value={t('pupils.page.age', {
                date: date(pupil.dateOfBirth),
                age: pupilAgeOn(pupil, todayIso()),
              })}
            />
            <Detail label={t('pupils.page.group')} value={pupil.group ?? notRecorded} />
            <Detail
              label={t('pupils.page.homePostcode')}
              value={pupil.homePostcode ?? notRecorded}
            />
            <Detail
              label={t('pupils.page.homeMunicipality')}
              value={pupil.homeMunicipality ?? notRecorded}
            />
            {pupil.externalId !== undefined ? (
              <Detail label={t('pupils.page.externalId')} value={pupil.externalId} />
            ) : null}
          </Box>
        </Paper>

        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="pupil-guardians-heading"
          sx={{ p: 3 }}
        >
          <Typography id="pupil-guardians-heading" variant="h2" sx={{ mb: 2 }}>
            {t('pupils.page.guardiansHeading')}
          </Typography>
          {pupil.guardians.length === 0 ? (
            <Typography>{t('pupils.page.noGuardians')}</Typography>
          ) : (
            <List disablePadding>
              {pupil.guardians.map((g) => (
                <ListItem key={g.id} disableGutters divider sx={{ display: 'block' }}>
                  <Stack
                    direction="row"
                    spacing={1}
                    sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                  >
                    <Typography sx={{ fontWeight: 600 }}>{g.name}</Typography>
                    <Typography color="text.secondary">
                      {t(`pupils.relations.${g.relation}`)}
                    </Typography>
                    <Chip
                      size="small"
                      label={g.hasGezag ? t('pupils.page.gezagYes') : t('pupils.page.gezagNo')}
                      color={g.hasGezag ? 'primary' : 'default'}
                      variant="outlined"
                    />
                  </Stack>
                  {g.phone !== undefined || g.email !== undefined ? (
                    <Typography variant="body2" color="text.secondary">
                      {[g.phone, g.email].filter((x) => x !== undefined).join(' · ')}
                    </Typography>
                  ) : null}
                </ListItem>
              ))}
            </List>
          )}
        </Paper>

        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="pupil-cases-heading"
          sx={{ p: 3 }}
        >
          <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 2, flexWrap: 'wrap' }}>
            <Typography id="pupil-cases-heading" variant="h2" sx={{ flexGrow: 1 }}>
              {t('pupils.page.casesHeading')}
            </Typography>
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setDialog('new-case')}
            >
              {t('pupils.page.newCase')}
            </Button>
          </Stack>
          {cases.length === 0 ? (
            <Typography>{t('pupils.page.noCases')}</Typography>
          ) : (
            <List disablePadding aria-label={t('pupils.page.casesLabel')}>
              {cases.map((c) => (
                <ListItem key={c.id} disableGutters divider sx={{ display: 'block' }}>
                  <Stack
                    direction="row"
                    spacing={1.5}
                    sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                  >
                    <Link
                      href={hrefFor({ area: 'leerlingen', path: [pupil.id, 'dossier', c.id] })}
                      sx={{ fontWeight: 600 }}
                    >
                      {t('pupils.page.caseTitle', { date: date(c.signal.date) })}
                    </Link>
                    <Chip size="small" label={t(`pupils.status.${c.status}`)} />
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {t('pupils.page.caseRaisedBy', { name: c.signal.raisedBy })}
                    {c.hulpvraag.trim() !== '' ? ` · ${c.hulpvraag.trim().slice(0, 140)}` : ''}
                  </Typography>
                </ListItem>
              ))}
            </List>
          )}
        </Paper>
      </Stack>

      {dialog === 'edit' ? (
        <PupilDialog
          pupil={pupil}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('pupils.form.saved', { name: displayName(saved) }));
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeletePupilDialog
          pupil={pupil}
          caseCount={cases.length}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setDialog(null);
            navigate({ area: 'leerlingen' });
          }}
        />
      ) : null}
      {dialog === 'new-case' ? (
        <NewCaseDialog
          pupil={pupil}
          onClose={() => setDialog(null)}
          onCreated={(created) => {
            setDialog(null);
            navigate({ area: 'leerlingen', path: [pupil.id, 'dossier', created.id] });
          }}
        />
      ) : null}
    </AreaPage>
  );
}

function Detail({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {value}
      </Typography>
    </>
  );
}
