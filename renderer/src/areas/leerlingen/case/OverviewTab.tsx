// Runs in: renderer.
//
// The case at a glance: the signal, the hulpvraag, what the parents and the pupil think, the
// leefgebieden, who leads (regisseur) and where it stands (status), each with the one action
// that changes it.
import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useTranslation } from 'react-i18next';
import type { Zorgdossier } from '../../../../../shared/domain/case';
import { resolveRegisseur, type Involvement } from '../../../../../shared/domain/involvement';
import { leefgebiedLabel, type Leefgebied } from '../../../../../shared/domain/leefgebieden';
import type { Pupil } from '../../../../../shared/domain/pupil';
import type { Voice } from '../../../../../shared/domain/voice';
import { useFormatIsoDate } from '../../../i18n/useFormatIsoDate';
import { CaseStatusChip } from './CaseStatusChip';
import { LeefgebiedenDialog } from './LeefgebiedenDialog';
import { RegisseurDialog } from './RegisseurDialog';
import { SignalDialog } from './SignalDialog';
import { StatusDialog } from './StatusDialog';
import { VoicesSection } from './VoicesSection';
import { OverviewSection as Section } from './OverviewSection';

export interface OverviewTabProps {
  readonly zorgdossier: Zorgdossier;
  readonly pupil: Pupil;
  readonly involvements: readonly Involvement[];
  readonly leefgebieden: readonly Leefgebied[];
  readonly voices: readonly Voice[];
  readonly pupilVoiceFromAge: number;
}

type OpenDialog = 'signal' | 'leefgebieden' | 'regisseur' | 'status' | null;

function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' },
        columnGap: 2,
        py: 0.5,
      }}
    >
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
}

export function OverviewTab({
  zorgdossier,
  pupil,
  involvements,
  leefgebieden,
  voices,
  pupilVoiceFromAge,
}: OverviewTabProps) {
  const { t } = useTranslation();
  const formatIsoDate = useFormatIsoDate();
  const [open, setOpen] = useState<OpenDialog>(null);
  const close = () => setOpen(null);
  const regisseur = resolveRegisseur(zorgdossier, involvements);
  const { signal } = zorgdossier;

  return (
    <Stack spacing={2.5}>
      <Typography variant="h2">{t('cases.overview.heading')}</Typography>

      <Section
        title={t('cases.overview.signal.heading')}
        action={
          <Button startIcon={<EditOutlinedIcon />} onClick={() => setOpen('signal')}>
            {t('cases.overview.editSignal')}
          </Button>
        }
      >
        <Box component="dl" sx={{ m: 0 }}>
          <Field label={t('cases.overview.signal.date')}>{formatIsoDate(signal.date)}</Field>
          <Field label={t('cases.overview.signal.raisedBy')}>{signal.raisedBy}</Field>
          <Field label={t('cases.overview.signal.description')}>
            {signal.description.trim() === ''
              ? t('cases.overview.signal.noDescription')
              : signal.description}
          </Field>
        </Box>
      </Section>

      <Section title={t('cases.overview.hulpvraag.heading')}>
        <Typography
          sx={{ whiteSpace: 'pre-wrap' }}
          color={zorgdossier.hulpvraag.trim() === '' ? 'text.secondary' : 'text.primary'}
        >
          {zorgdossier.hulpvraag.trim() === ''
            ? t('cases.overview.hulpvraag.empty')
            : zorgdossier.hulpvraag}
        </Typography>
      </Section>

      <VoicesSection
        caseId={zorgdossier.id}
        pupil={pupil}
        voices={voices}
        pupilVoiceFromAge={pupilVoiceFromAge}
      />

      <Section
        title={t('cases.overview.leefgebieden.heading')}
        action={
          <Button startIcon={<EditOutlinedIcon />} onClick={() => setOpen('leefgebieden')}>
            {t('cases.overview.leefgebieden.edit')}
          </Button>
        }
      >
        {zorgdossier.leefgebieden.length === 0 ? (
          <Typography color="text.secondary">{t('cases.overview.leefgebieden.empty')}</Typography>
        ) : (
          <Box
            component="ul"
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}
          >
            {zorgdossier.leefgebieden.map((id) => (
              <li key={id}>
                <Chip
                  label={leefgebiedLabel(leefgebieden, id) ?? id}
                  variant="outlined"
                  color="primary"
                />
              </li>
            ))}
          </Box>
        )}
      </Section>

      <Section
        title={t('cases.overview.regisseur.heading')}
        action={
          <Button startIcon={<EditOutlinedIcon />} onClick={() => setOpen('regisseur')}>
            {t('cases.overview.regisseur.edit')}
          </Button>
        }
      >
        <Typography color={regisseur === undefined ? 'text.secondary' : 'text.primary'}>
          {regisseur === undefined
            ? t('cases.overview.regisseur.empty')
            : regisseur.kind === 'name'
              ? regisseur.name
              : t('cases.overview.regisseur.involvement', {
                  name: regisseur.involvement.name,
                  role:
                    regisseur.involvement.organisationName === undefined
                      ? regisseur.involvement.role
                      : `${regisseur.involvement.role}, ${regisseur.involvement.organisationName}`,
                })}
        </Typography>
      </Section>

      <Section
        title={t('cases.overview.status.heading')}
        action={
          <Button
            variant="outlined"
            startIcon={<SwapHorizIcon />}
            onClick={() => setOpen('status')}
          >
            {t('cases.overview.status.change')}
          </Button>
        }
      >
        <Stack spacing={1}>
          <Box>
            <CaseStatusChip status={zorgdossier.status} />
          </Box>
          {zorgdossier.closedAt !== undefined ? (
            <Typography>
              {t('cases.overview.status.closedOn', { date: formatIsoDate(zorgdossier.closedAt) })}
            </Typography>
          ) : null}
          {zorgdossier.closedReason !== undefined ? (
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>
              {t('cases.overview.status.closedReason', { reason: zorgdossier.closedReason })}
            </Typography>
          ) : null}
        </Stack>
      </Section>

      {open === 'signal' ? <SignalDialog zorgdossier={zorgdossier} onClose={close} /> : null}
      {open === 'leefgebieden' ? (
        <LeefgebiedenDialog zorgdossier={zorgdossier} leefgebieden={leefgebieden} onClose={close} />
      ) : null}
      {open === 'regisseur' ? (
        <RegisseurDialog zorgdossier={zorgdossier} involvements={involvements} onClose={close} />
      ) : null}
      {open === 'status' ? <StatusDialog zorgdossier={zorgdossier} onClose={close} /> : null}
    </Stack>
  );
}
