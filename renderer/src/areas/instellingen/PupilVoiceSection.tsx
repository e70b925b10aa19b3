// Runs in: renderer.
//
// Instellingen > Stem van de leerling: from what age a case asks "Wat vindt de leerling"
// (issue 18). One number in the school's care settings; the default is 8.
import { useTranslation } from 'react-i18next';
import RecordVoiceOverOutlinedIcon from '@mui/icons-material/RecordVoiceOverOutlined';
import { CARE_SETTINGS_RECORD_ID, pupilVoiceFromAge } from '../../../../shared/domain/careSettings';
import { pupilVoiceFromAgeSchema } from '../../../../shared/domain/voice';
import { useRecordList } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { CareSettingNumberForm } from './CareSettingNumberForm';
import { SettingsSection } from './SettingsSection';

export function PupilVoiceSection() {
  const { t } = useTranslation();
  const session = useSession();
  const settings = useRecordList(session, 'school.care-settings');
  const age = pupilVoiceFromAge(settings.find((s) => s.id === CARE_SETTINGS_RECORD_ID));
  return (
    <SettingsSection
      icon={RecordVoiceOverOutlinedIcon}
      title={t('directory.pupilVoice.title')}
      description={t('directory.pupilVoice.description')}
    >
      <CareSettingNumberForm
        key={age}
        section={t('directory.pupilVoice.title')}
        session={session}
        current={age}
        schema={pupilVoiceFromAgeSchema}
        min={4}
        max={18}
        apply={(base, value) => ({ ...base, pupilVoiceFromAge: value })}
        auditDetail={(value) => `pupil-voice-from-age=${value}`}
        texts={{
          label: t('directory.pupilVoice.age'),
          help: t('directory.pupilVoice.ageHelp'),
          invalid: t('directory.pupilVoice.ageInvalid'),
          save: t('directory.pupilVoice.save'),
          saved: t('directory.pupilVoice.saved'),
        }}
      />
    </SettingsSection>
  );
}
