// Runs in: renderer.
//
// The search dialog: one input (a combobox) and a list of results (a listbox) that follows
// every keystroke. Pupils show their name and group, cases the pupil's name and status.
// Arrow keys move through the results, Enter opens the chosen one, Esc closes. Matching is
// the vault's index: prefix words without case or accents ("ozdemir" finds "Özdemir").
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import FolderOutlinedIcon from '@mui/icons-material/FolderOutlined';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useHashRoute } from '../app/router';
import { formatDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { useSession } from '../security/VaultProvider';
import { isoToLocalDate } from '../areas/leerlingen/calendarDates';
import { toSearchItems, type SearchHitLike, type SearchItem } from './searchResults';

/** Raw hits to ask the index for; other record types are filtered out afterwards. */
const RAW_LIMIT = 80;
const SHOWN_LIMIT = 20;

export function SearchDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [, navigate] = useHashRoute();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [active, setActive] = useState(0);

  const items = useMemo(() => {
    if (deferred.trim() === '') return [];
    const hits: readonly SearchHitLike[] = session.search(deferred, RAW_LIMIT);
    return toSearchItems(hits, { pupil: (pupilId) => session.records.get('pupil', pupilId), case: (caseId) => session.records.get('case', caseId) }, SHOWN_LIMIT);
  }, [session, deferred]);

  const activeIndex = items.length === 0 ? -1 : Math.min(active, items.length - 1);
  const listId = `${id}-results`;
  const optionId = (index: number): string => `${id}-option-${index}`;

  const open = (item: SearchItem): void => {
    onClose();
    navigate(item.kind === 'pupil' ? { area: 'leerlingen', path: [item.pupilId] } : { area: 'leerlingen', path: [item.pupilId, 'dossier', item.caseId] });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setActive((activeIndex + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setActive((activeIndex - 1 + items.length) % items.length);
    } else if (event.key === 'Home' && items.length > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[activeIndex];
      if (item !== undefined) open(item);
    }
  };

  const secondary = (item: SearchItem): string => {
    if (item.kind === 'pupil') return item.group === undefined ? t('pupils.search.pupil') : t('pupils.search.pupilGroup', { group: item.group });
    const d = isoToLocalDate(item.signalDate);
    return t('pupils.search.case', { status: t(`pupils.status.${item.status}`), date: d === undefined ? item.signalDate : formatDate(d, language, 'long') });
  };

  const showList = items.length > 0;
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} maxWidth="sm" fullWidth slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 10 } } }}>
      <DialogTitle id={`${id}-title`}>{t('pupils.search.title')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          type="search"
          label={t('pupils.search.inputLabel')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          helperText={t('pupils.search.hint')}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': showList,
              'aria-controls': listId,
              'aria-autocomplete': 'list',
              'aria-activedescendant': activeIndex >= 0 ? optionId(activeIndex) : undefined,
              autoComplete: 'off',
              spellCheck: false,
            },
          }}
        />
        <Typography role="status" variant="body2" color="text.secondary" sx={{ mt: 1.5, minHeight: '1.5em' }}>
          {deferred.trim() === '' ? '' : items.length === 0 ? t('pupils.search.noResults', { query: deferred.trim() }) : t('pupils.search.resultCount', { count: items.length })}
        </Typography>
        <Box component="ul" role="listbox" id={listId} aria-label={t('pupils.search.resultsLabel')} sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {items.map((item, index) => {
            const selected = index === activeIndex;
            const Icon = item.kind === 'pupil' ? PersonOutlinedIcon : FolderOutlinedIcon;
            return (
              <Box
                component="li"
                key={item.key}
                id={optionId(index)}
                role="option"
                aria-selected={selected}
                onMouseMove={() => setActive(index)}
                onClick={() => open(item)}
                sx={{
                  display: 'flex',
                  gap: 1.5,
                  alignItems: 'center',
                  px: 1.5,
                  py: 1,
                  borderRadius: 1,
                  cursor: 'pointer',
                  bgcolor: selected ? 'action.selected' : 'transparent',
                  outline: selected ? 2 : 0,
                  outlineColor: 'primary.main',
                }}
              >
                <Icon aria-hidden sx={{ color: 'primary.main' }} />
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }}>{item.name}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {secondary(item)}
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Box>
      </DialogContent>
    </Dialog>
  );
}
