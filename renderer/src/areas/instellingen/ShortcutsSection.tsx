// Runs in: renderer.
//
// The help text for keyboard use: which keys switch areas (see app/useAreaShortcuts.ts) and
// how to skip the navigation. Generated from the same area list, so it cannot drift.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import KeyboardOutlinedIcon from '@mui/icons-material/KeyboardOutlined';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { AREA_IDS } from '../../app/router';
import { shortcutKeysFor } from '../../app/useAreaShortcuts';
import { VISUALLY_HIDDEN_CLASS } from '../../theme';
import { SettingsSection } from './SettingsSection';

function Keys({ keys }: { readonly keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? ' + ' : null}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

export function ShortcutsSection() {
  const { t } = useTranslation();
  return (
    <SettingsSection icon={KeyboardOutlinedIcon} title={t('settings.shortcuts.title')} description={t('settings.shortcuts.description')}>
      <Table size="small" sx={{ maxWidth: 640 }}>
        <caption className={VISUALLY_HIDDEN_CLASS}>{t('settings.shortcuts.caption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col" sx={{ width: '40%' }}>
              {t('settings.shortcuts.keysColumn')}
            </TableCell>
            <TableCell scope="col">{t('settings.shortcuts.actionColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {AREA_IDS.map((area) => (
            <TableRow key={area}>
              <TableCell>
                <Keys keys={shortcutKeysFor(area)} />
              </TableCell>
              <TableCell>{t('settings.shortcuts.goTo', { area: t(`areas.${area}.title`) })}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{t('settings.shortcuts.skipKeys')}</TableCell>
            <TableCell>{t('settings.shortcuts.skipAction')}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </SettingsSection>
  );
}
