// Runs in: renderer.
//
// Beveiliging: everything about how the vault is protected, in one section of Instellingen:
// automatic lock, remembering this computer, the passphrase, the recovery code, backups and
// the audit log. The parts live in security/settings/; this file only puts them in order.
import { useTranslation } from 'react-i18next';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import {
  AuditSetting,
  PassphraseSetting,
  RecoverySetting,
} from '../../security/settings/ActionSettings';
import { AutoLockSetting } from '../../security/settings/AutoLockSetting';
import { BackupSetting } from '../../security/settings/BackupSetting';
import { RememberSetting } from '../../security/settings/RememberSetting';
import { SettingsSection } from './SettingsSection';

export function SecuritySection() {
  const { t } = useTranslation();
  return (
    <SettingsSection
      icon={LockOutlinedIcon}
      title={t('security.section.title')}
      description={t('security.section.description')}
    >
      <Stack spacing={3} divider={<Divider flexItem />}>
        <AutoLockSetting />
        <RememberSetting />
        <PassphraseSetting />
        <RecoverySetting />
        <BackupSetting />
        <AuditSetting />
      </Stack>
    </SettingsSection>
  );
}
