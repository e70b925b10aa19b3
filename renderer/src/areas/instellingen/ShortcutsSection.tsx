// Runs in: renderer.
//
// The help text for keyboard use: which keys switch areas (see app/useAreaShortcuts.ts), how
// to skip the navigation, and meeting mode's keys. Generated from the same lists the
// shortcuts are handled from, so it cannot drift.
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
import { MEETING_SHORTCUT_KEYS, type MeetingShortcut } from '../../meetings/shortcuts';
import { VISUALLY_HIDDEN_CLASS } from '../../theme';
import { SettingsSection } from './SettingsSection';

/** Meeting mode's shortcuts in the order the help on that screen lists them. */
const MEETING_ROWS: readonly {
  readonly shortcut: MeetingShortcut;
  readonly text: 'nextItem' | 'previousItem' | 'situation' | 'decision' | 'action' | 'timer';
}[] = [
  { shortcut: 'next', text: 'nextItem' },
  { shortcut: 'previous', text: 'previousItem' },
  { shortcut: 'situation', text: 'situation' },
  { shortcut: 'decision', text: 'decision' },
  { shortcut: 'action', text: 'action' },
  { shortcut: 'timer', text: 'timer' },
];

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
    <SettingsSection
      icon={KeyboardOutlinedIcon}
      title={t('settings.shortcuts.title')}
      description={t('settings.shortcuts.description')}
    >
      {/* Keys like "Alt+PageDown" may break at 400% zoom rather than push the page sideways. */}
      <Table size="small" sx={{ maxWidth: 640, '& td, & th': { overflowWrap: 'anywhere' } }}>
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
              <TableCell>
                {t('settings.shortcuts.goTo', { area: t(`areas.${area}.title`) })}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{t('settings.shortcuts.skipKeys')}</TableCell>
            <TableCell>{t('settings.shortcuts.skipAction')}</TableCell>
          </TableRow>
          {MEETING_ROWS.map((row) => (
            <TableRow key={row.shortcut}>
              <TableCell>
                <Keys keys={MEETING_SHORTCUT_KEYS[row.shortcut].split('+')} />
              </TableCell>
              <TableCell>
                {t('settings.shortcuts.inMeeting', {
                  action: t(`meetingRun.shortcuts.${row.text}`),
                })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SettingsSection>
  );
}
