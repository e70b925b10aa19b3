// Runs in: renderer.
//
// The case overview's "Wat vinden ouders" and "Wat vindt de leerling": the family's own view,
// dated, oldest first, so nobody has to ask them to tell their story again (issue 18). The
// pupil's part is offered from the age the school set in Instellingen; entries made before
// stay visible whatever the setting says now.
import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import type { Pupil } from '../../../../../shared/domain/pupil';
import {
  caseVoices,
  pupilVoiceApplies,
  VOICE_KINDS,
  type Voice,
  type VoiceKind,
} from '../../../../../shared/domain/voice';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { useRestoreInto } from '../../../app/autosave/draftRestore';
import { useFormatIsoDate } from '../../../i18n/useFormatIsoDate';
import { OverviewSection } from './OverviewSection';
import { VoiceDialog } from './VoiceDialog';

export interface VoicesSectionProps {
  readonly caseId: string;
  readonly pupil: Pick<Pupil, 'dateOfBirth'>;
  readonly voices: readonly Voice[];
  readonly pupilVoiceFromAge: number;
}

type Editing = {
  readonly kind: VoiceKind;
  readonly voice?: Voice | undefined;
  readonly restored?: TextDraft | undefined;
} | null;

const RESTORED_KINDS = ['case.voice'] as const;

function VoiceList({
  kind,
  voices,
  onEdit,
}: {
  readonly kind: VoiceKind;
  readonly voices: readonly Voice[];
  readonly onEdit: (voice: Voice) => void;
}) {
  const { t } = useTranslation();
  const formatIsoDate = useFormatIsoDate();
  if (voices.length === 0)
    return <Typography color="text.secondary">{t(`cases.voices.${kind}.empty`)}</Typography>;
  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {voices.map((voice) => (
        <Stack component="li" key={voice.id} direction="row" spacing={1}>
          <Stack sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" color="text.secondary">
              {formatIsoDate(voice.date)}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{voice.text}</Typography>
          </Stack>
          <IconButton
            onClick={() => onEdit(voice)}
            aria-label={t('cases.voices.edit', { date: formatIsoDate(voice.date) })}
          >
            <EditOutlinedIcon />
          </IconButton>
        </Stack>
      ))}
    </Stack>
  );
}

export function VoicesSection({ caseId, pupil, voices, pupilVoiceFromAge }: VoicesSectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  useRestoreInto(
    caseId,
    RESTORED_KINDS,
    useCallback(
      (draft: TextDraft) =>
        setEditing({
          kind: draft.values['kind'] === 'leerling' ? 'leerling' : 'ouders',
          voice: voices.find((v) => v.id === draft.targetId),
          restored: draft,
        }),
      [voices],
    ),
  );
  const pupilAsked = pupilVoiceApplies(pupil, todayIso(), pupilVoiceFromAge);

  return (
    <>
      {VOICE_KINDS.map((kind) => {
        const own = caseVoices(voices, caseId, kind);
        const offered = kind === 'ouders' || pupilAsked;
        if (!offered && own.length === 0) return null;
        return (
          <OverviewSection
            key={kind}
            title={t(`cases.voices.${kind}.heading`)}
            action={
              offered ? (
                <Button startIcon={<AddIcon />} onClick={() => setEditing({ kind })}>
                  {t(`cases.voices.${kind}.add`)}
                </Button>
              ) : undefined
            }
          >
            <VoiceList kind={kind} voices={own} onEdit={(voice) => setEditing({ kind, voice })} />
          </OverviewSection>
        );
      })}
      {editing !== null ? (
        <VoiceDialog
          caseId={caseId}
          kind={editing.kind}
          voice={editing.voice}
          restored={editing.restored}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
