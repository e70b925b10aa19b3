// Runs in: renderer.
//
// The blocks of the Beveiliging section that are a button opening a dialog: change the
// passphrase, make a new recovery code, view the audit log. Each keeps its success message
// beside the button, where focus returns when the dialog closes.
import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Key from '@mui/icons-material/Key';
import ListAlt from '@mui/icons-material/ListAlt';
import Password from '@mui/icons-material/Password';
import { useTranslation } from 'react-i18next';
import { AuditLogDialog } from './AuditLogDialog';
import { ChangePassphraseDialog } from './ChangePassphraseDialog';
import { NewRecoveryCodeDialog } from './NewRecoveryCodeDialog';
import { SecurityBlock } from './SecurityBlock';

function ActionBlock({
  title,
  description,
  button,
  icon,
  onOpen,
  success,
  children,
}: {
  readonly title: string;
  readonly description: string;
  readonly button: string;
  readonly icon: ReactNode;
  readonly onOpen: () => void;
  readonly success: string | null;
  readonly children: ReactNode;
}) {
  return (
    <SecurityBlock title={title} description={description}>
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Button variant="outlined" startIcon={icon} onClick={onOpen}>
          {button}
        </Button>
        {success !== null && (
          <Alert severity="success" role="status" sx={{ alignSelf: 'stretch' }}>
            {success}
          </Alert>
        )}
      </Stack>
      {children}
    </SecurityBlock>
  );
}

export function PassphraseSetting() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [changed, setChanged] = useState(false);
  return (
    <ActionBlock
      title={t('security.passphrase.title')}
      description={t('security.passphrase.description')}
      button={t('security.passphrase.open')}
      icon={<Password />}
      onOpen={() => {
        setChanged(false);
        setOpen(true);
      }}
      success={changed ? t('security.passphrase.changed') : null}
    >
      <ChangePassphraseDialog
        open={open}
        onClose={() => setOpen(false)}
        onChanged={() => {
          setOpen(false);
          setChanged(true);
        }}
      />
    </ActionBlock>
  );
}

export function RecoverySetting() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState(false);
  return (
    <ActionBlock
      title={t('security.recovery.title')}
      description={t('security.recovery.description')}
      button={t('security.recovery.open')}
      icon={<Key />}
      onOpen={() => {
        setMade(false);
        setOpen(true);
      }}
      success={made ? t('security.recovery.made') : null}
    >
      <NewRecoveryCodeDialog
        open={open}
        onClose={() => setOpen(false)}
        onMade={() => {
          setOpen(false);
          setMade(true);
        }}
      />
    </ActionBlock>
  );
}

export function AuditSetting() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <ActionBlock
      title={t('security.audit.title')}
      description={t('security.audit.description')}
      button={t('security.audit.open')}
      icon={<ListAlt />}
      onOpen={() => setOpen(true)}
      success={null}
    >
      <AuditLogDialog open={open} onClose={() => setOpen(false)} />
    </ActionBlock>
  );
}
