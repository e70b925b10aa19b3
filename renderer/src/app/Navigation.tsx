// Runs in: renderer.
//
// The permanent side navigation: one link per area (real links to "#/area", so Enter, middle
// clicks and screen readers all behave as expected), the current one marked aria-current.
// In a narrow window it becomes an icon rail; the names stay for screen readers and tooltips.
import { useTranslation } from 'react-i18next';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { NAV_RAIL_WIDTH, NAV_WIDTH, NO_PRINT_CLASS, VISUALLY_HIDDEN_CLASS } from '../theme';
import { AREAS } from './areas';
import { hrefFor, type AreaId } from './router';
import { shortcutKeysFor } from './useAreaShortcuts';

/** Work areas at the top; Instellingen apart at the bottom, as users expect. */
const MAIN_AREAS: readonly AreaId[] = [
  'overzicht',
  'leerlingen',
  'overleggen',
  'verwijzingen',
  'ontvangen',
  'cijfers',
];
const FOOTER_AREAS: readonly AreaId[] = ['instellingen'];

interface AreaLinkProps {
  readonly area: AreaId;
  readonly current: boolean;
  /** Icon-only presentation for narrow windows. */
  readonly rail: boolean;
}

function AreaLink({ area, current, rail }: AreaLinkProps) {
  const { t } = useTranslation();
  const Icon = AREAS[area].icon;
  const keys = shortcutKeysFor(area);
  const name = t(`areas.${area}.title`);
  const link = (
    <ListItemButton
      component="a"
      href={hrefFor({ area })}
      selected={current}
      aria-current={current ? 'page' : undefined}
      aria-keyshortcuts={keys.join('+')}
      sx={{ py: 1, justifyContent: rail ? 'center' : 'flex-start' }}
    >
      <ListItemIcon sx={{ minWidth: rail ? 0 : 40 }}>
        <Icon />
      </ListItemIcon>
      <ListItemText
        primary={name}
        className={rail ? VISUALLY_HIDDEN_CLASS : undefined}
        slotProps={{ primary: { sx: { fontWeight: current ? 600 : 500 } } }}
      />
      {rail ? null : (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          aria-hidden
          sx={{ ml: 1 }}
        >
          {keys.join('+')}
        </Typography>
      )}
    </ListItemButton>
  );
  return (
    <ListItem disablePadding sx={{ mb: 0.5 }}>
      {rail ? (
        // describeChild: the link already has its name; the tooltip only shows it to sighted users.
        <Tooltip title={name} placement="right" describeChild>
          {link}
        </Tooltip>
      ) : (
        link
      )}
    </ListItem>
  );
}

export function Navigation({ current }: { readonly current: AreaId }) {
  const { t } = useTranslation();
  const rail = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const width = rail ? NAV_RAIL_WIDTH : NAV_WIDTH;
  return (
    <Drawer
      variant="permanent"
      className={NO_PRINT_CLASS}
      sx={{
        width,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width, boxSizing: 'border-box' },
      }}
    >
      <Toolbar />
      <Box
        component="nav"
        aria-label={t('nav.label')}
        sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, px: rail ? 1 : 1.5, py: 2 }}
      >
        <List disablePadding>
          {MAIN_AREAS.map((area) => (
            <AreaLink key={area} area={area} current={area === current} rail={rail} />
          ))}
        </List>
        <Box sx={{ flexGrow: 1 }} />
        <List disablePadding sx={{ borderTop: 1, borderColor: 'divider', pt: 1.5 }}>
          {FOOTER_AREAS.map((area) => (
            <AreaLink key={area} area={area} current={area === current} rail={rail} />
          ))}
        </List>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: rail ? 'center' : 'flex-start',
            gap: 1,
            px: rail ? 0 : 2,
            pt: 1.5,
            color: 'text.secondary',
          }}
        >
          <CloudOffOutlinedIcon fontSize="small" aria-hidden />
          <Typography variant="caption" className={rail ? VISUALLY_HIDDEN_CLASS : undefined}>
            {t('nav.offline')}
          </Typography>
        </Box>
      </Box>
    </Drawer>
  );
}
