// Runs in: renderer.
//
// Adds or edits what the parents or the pupil think ("Wat vinden ouders", "Wat vindt de
// leerling"): a date and their words. Part of the formal file (unlike a werkaantekening): it
// is printed on the preparation sheet and in the referral letter.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import {
  VOICE_TEXT_MAX,
  voiceSchema,
  type Voice,
  type VoiceKind,
} from '../../../../../shared/domain/voice';
import type { TextDraft } from '../../../../../shared/records/textDraft';
import { useSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import { DatedTextDialog } from './DatedTextDialog';

export interface VoiceDialogProps {
  readonly caseId: string;
  readonly kind: VoiceKind;
  readonly voice?: Voice | undefined;
  /** Unsaved text offered back after a crash (Herstellen): the dialog opens with it. */
  readonly restored?: TextDraft | undefined;
  readonly onClose: () => void;
}

export function VoiceDialog({ caseId, kind, voice, restored, onClose }: VoiceDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  // The kind travels with the draft, so a restored draft reopens the right dialog.
  const extra = useMemo(() => ({ kind }), [kind]);
  return (
    <DatedTextDialog
      title={t(`cases.voices.${kind}.${voice === undefined ? 'addTitle' : 'editTitle'}`)}
      draft={{ kind: 'case.voice', caseId, targetId: voice?.id, restored, extra }}
      initial={
        voice === undefined
          ? { date: todayIso(), body: '' }
          : { date: voice.date, body: voice.text }
      }
      labels={{ date: t('cases.voices.date'), body: t(`cases.voices.${kind}.text`) }}
      bodyHelp={t('cases.voices.help')}
      max={VOICE_TEXT_MAX}
      minRows={4}
      build={(values, now) => {
        const parsed = voiceSchema.safeParse(
          voice === undefined
            ? {
                id: newRecordId(),
                caseId,
                kind,
                date: values.date,
                text: values.body,
                createdAt: now,
                updatedAt: now,
              }
            : { ...voice, date: values.date, text: values.body, updatedAt: now },
        );
        if (!parsed.success) return undefined;
        return async () => (await session.records.put('case.voice', parsed.data)).id;
      }}
      onSaved={onClose}
      onClose={onClose}
    />
  );
}
