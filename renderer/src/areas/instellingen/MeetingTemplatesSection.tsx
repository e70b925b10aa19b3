// Runs in: renderer.
//
// Instellingen > Soorten overleg: per meeting kind the school adjusts the usual length, the time
// per pupil, the maximum number of pupils, the closing process evaluation, when the parents'
// feedback task falls due, the roles at the table and the fixed parts of the agenda around the
// case discussions. Stored in the singleton
// 'school.meeting-templates' record; "Standaard herstellen" puts one kind back to the defaults.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { MEETING_KINDS, type MeetingKind } from '../../../../shared/domain/consent';
import {
  DEFAULT_MEETING_TEMPLATES,
  MEETING_TEMPLATES_RECORD_ID,
  templateFor,
} from '../../../../shared/meetings/templates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRecord } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { SettingsSection } from './SettingsSection';
import { storeTemplate } from './storeTemplate';
import { TemplateEditor } from './TemplateEditor';

export function MeetingTemplatesSection() {
  const { t } = useTranslation();
  const session = useSession();
  const record = useRecord(session, 'school.meeting-templates', MEETING_TEMPLATES_RECORD_ID);
  const [kind, setKind] = useState<MeetingKind>('zorgteam');
  const [message, setMessage] = useState<{
    readonly kind: MeetingKind;
    readonly text: 'saved' | 'resetDone';
  } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  // Bumped per kind on reset so its form shows the defaults again; a save keeps the form (and focus) as it is.
  const [resets, setResets] = useState<Partial<Record<MeetingKind, number>>>({});
  const kindLabel = t(`meetings.kinds.${kind}`);

  const reset = async (): Promise<void> => {
    await storeTemplate(
      session,
      kind,
      structuredClone(DEFAULT_MEETING_TEMPLATES[kind]),
      'meeting-template-reset',
    );
    setResets((counts) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }));
    setMessage({ kind, text: 'resetDone' });
  };

  return (
    <SettingsSection
      icon={GroupsOutlinedIcon}
      title={t('actieplan.templates.title')}
      description={t('actieplan.templates.description')}
    >
      <Stack spacing={3}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={kind}
          aria-label={t('actieplan.templates.kind')}
          sx={{
            flexWrap: 'wrap',
            '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' },
          }}
          onChange={(_event, value: MeetingKind | null) => {
            if (value !== null) {
              setKind(value);
              setMessage(null);
            }
          }}
        >
          {MEETING_KINDS.map((k) => (
            <ToggleButton key={k} value={k}>
              {t(`meetings.kinds.${k}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box role="status">
          {message !== null && message.kind === kind ? (
            <Alert severity="success">
              {t(`actieplan.templates.${message.text}`, { kind: kindLabel })}
            </Alert>
          ) : null}
        </Box>
        {MEETING_KINDS.map((k) => (
          // Every kind's form stays mounted (hidden while another kind is chosen), so switching
          // kinds keeps what was typed in each; a reset gives that kind a new form.
          <Box key={`${k}:${resets[k] ?? 0}`} hidden={k !== kind}>
            <TemplateEditor
              kind={k}
              template={templateFor(k, record)}
              onSaved={() => setMessage({ kind: k, text: 'saved' })}
              onReset={() => setConfirmReset(true)}
            />
          </Box>
        ))}
      </Stack>
      {confirmReset ? (
        <ConfirmDialog
          title={t('actieplan.templates.resetDialog.title')}
          text={t('actieplan.templates.resetDialog.text', { kind: kindLabel })}
          confirmLabel={t('actieplan.templates.resetDialog.confirm')}
          failedMessage={t('actieplan.common.saveFailed')}
          onClose={() => setConfirmReset(false)}
          onConfirm={reset}
        />
      ) : null}
    </SettingsSection>
  );
}
