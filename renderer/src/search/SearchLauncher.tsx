// Runs in: renderer.
//
// Search from anywhere: the "Zoeken" button in the top bar and the shortcuts Ctrl+K (always)
// and "/" (when not typing in a field) open the search dialog. Only while the vault is
// unlocked: there is nothing to search otherwise, and the index lives in the session.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useVault } from '../security/VaultProvider';
import { isSearchShortcut } from '../../../shared/search/searchResults';
import { SearchDialog } from './SearchDialog';

export function SearchLauncher() {
  const { phase } = useVault();
  if (phase.kind !== 'unlocked') return null;
  return <UnlockedSearchLauncher />;
}

function UnlockedSearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (
        event.defaultPrevented ||
        !isSearchShortcut(
          event,
          document.activeElement instanceof HTMLElement ? document.activeElement : null,
        )
      )
        return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<SearchIcon />}
        onClick={() => setOpen(true)}
        aria-label={t('pupils.search.buttonLabel')}
        aria-keyshortcuts="Control+K /"
        sx={{ color: 'text.primary', borderColor: 'divider', textTransform: 'none', gap: 1 }}
      >
        {t('pupils.search.button')}
        <Box
          component="kbd"
          aria-hidden
          sx={{
            fontFamily: 'inherit',
            fontSize: '0.75rem',
            border: 1,
            borderColor: 'divider',
            borderRadius: 0.5,
            px: 0.5,
            color: 'text.secondary',
          }}
        >
          Ctrl K
        </Box>
      </Button>
      {open ? <SearchDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
