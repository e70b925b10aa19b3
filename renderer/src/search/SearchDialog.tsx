// Runs in: renderer.
//
// The search dialog: one input (a combobox) and a list of results (a listbox) that follows
// every keystroke. Pupils show their name and group, cases the pupil's name and status.
// Arrow keys move through the results, Enter opens the chosen one, Esc closes. Matching is
// the vault's index: prefix words without case or accents ("ozdemir" finds "Özdemir").
//
// Built so a keystroke paints fast at regional size: the dialog frame never re-renders while
// typing (the query lives in SearchPanel), the input is uncontrolled and memoised, at most
// 20 rows are shown and each row is memoised on plain values. The results are computed in
// the same render as the keystroke, not deferred: a search takes well under a millisecond
// at school size and a few at region size (docs/performance.md), and a deferred render
// painted the results one or two frames after the typed character.
import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import FolderOutlinedIcon from '@mui/icons-material/FolderOutlined';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useHashRoute } from '../app/router';
import { formatIsoDate } from '../i18n/dates';
import { useLanguage } from '../i18n/useLanguage';
import { useSession } from '../security/VaultProvider';
import {
  searchResultsView,
  type SearchHitLike,
  type SearchItem,
} from '../../../shared/search/searchResults';

/** Raw hits to ask the index for; other record types are filtered out afterwards. */
const RAW_LIMIT = 80;
/** Rows shown at most; more results ask the user to type more. */
const SHOWN_LIMIT = 20;

export function SearchDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const id = useId();
  const open = useCallback(
    (item: SearchItem): void => {
      onClose();
      navigate(
        item.kind === 'pupil'
          ? { area: 'leerlingen', path: [item.pupilId] }
          : { area: 'leerlingen', path: [item.pupilId, 'dossier', item.caseId] },
      );
    },
    [onClose, navigate],
  );
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      maxWidth="sm"
      fullWidth
      slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 10 } } }}
    >
      <DialogTitle id={`${id}-title`}>{t('pupils.search.title')}</DialogTitle>
      <DialogContent>
        <SearchPanel id={id} onOpen={open} />
      </DialogContent>
    </Dialog>
  );
}

/** Whether the session's search index covers every record yet (it is built after unlock). */
function useSearchIndexComplete(): boolean {
  const session = useSession();
  const subscribe = useCallback(
    (listener: () => void) => session.onSearchIndexComplete(listener),
    [session],
  );
  return useSyncExternalStore(subscribe, () => session.searchIndexComplete);
}

function SearchPanel({
  id,
  onOpen,
}: {
  readonly id: string;
  readonly onOpen: (item: SearchItem) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const indexComplete = useSearchIndexComplete();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const view = useMemo(() => {
    void indexComplete; // a completed index may find more: search again
    if (query.trim() === '') return { items: [], more: false };
    const hits: readonly SearchHitLike[] = session.search(query, RAW_LIMIT);
    return searchResultsView(
      hits,
      {
        pupil: (pupilId) => session.records.get('pupil', pupilId),
        case: (caseId) => session.records.get('case', caseId),
      },
      SHOWN_LIMIT,
      RAW_LIMIT,
    );
  }, [session, query, indexComplete]);
  const items = view.items;

  const activeIndex = items.length === 0 ? -1 : Math.min(active, items.length - 1);
  const listId = `${id}-results`;

  const rows = useMemo(
    () =>
      items.map((item) => {
        if (item.kind === 'pupil')
          return {
            key: item.key,
            kind: item.kind,
            name: item.name,
            secondary:
              item.group === undefined
                ? t('pupils.search.pupil')
                : t('pupils.search.pupilGroup', { group: item.group }),
          };
        return {
          key: item.key,
          kind: item.kind,
          name: item.name,
          secondary: t('pupils.search.case', {
            status: t(`pupils.status.${item.status}`),
            date: formatIsoDate(item.signalDate, language),
          }),
        };
      }),
    [items, t, language],
  );

  // The input's handlers stay the same function for the whole dialog, so the memoised input
  // does not re-render per keystroke; they read the latest results through this ref.
  const latest = useRef({ items, activeIndex, onOpen });
  useLayoutEffect(() => {
    latest.current = { items, activeIndex, onOpen };
  });
  const onQuery = useCallback((value: string) => {
    setQuery(value);
    setActive(0);
  }, []);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLInputElement>): void => {
    const { items: current, activeIndex: index, onOpen: openItem } = latest.current;
    if (event.key === 'ArrowDown' && current.length > 0) {
      event.preventDefault();
      setActive((index + 1) % current.length);
    } else if (event.key === 'ArrowUp' && current.length > 0) {
      event.preventDefault();
      setActive((index - 1 + current.length) % current.length);
    } else if (event.key === 'Home' && current.length > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = current[index];
      if (item !== undefined) openItem(item);
    }
  }, []);
  const onActivate = useCallback((index: number) => setActive(index), []);
  const onChoose = useCallback((index: number) => {
    const item = latest.current.items[index];
    if (item !== undefined) latest.current.onOpen(item);
  }, []);

  const trimmed = query.trim();
  const status =
    trimmed === ''
      ? ''
      : items.length === 0
        ? t('pupils.search.noResults', { query: trimmed })
        : view.more
          ? t('pupils.search.moreResults', { limit: SHOWN_LIMIT })
          : t('pupils.search.resultCount', { count: items.length });
  return (
    <>
      <SearchInput
        listId={listId}
        expanded={items.length > 0}
        activeDescendant={activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
        onQuery={onQuery}
        onKeyDown={onKeyDown}
      />
      {indexComplete ? null : (
        <Alert severity="info" role="status" sx={{ mt: 1.5 }}>
          {t('pupils.search.indexBuilding')}
        </Alert>
      )}
      <Typography
        role="status"
        variant="body2"
        color="text.secondary"
        sx={{ mt: 1.5, minHeight: '1.5em' }}
      >
        {status}
      </Typography>
      <Box
        component="ul"
        role="listbox"
        id={listId}
        aria-label={t('pupils.search.resultsLabel')}
        sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
      >
        {rows.map((row, index) => (
          <ResultRow
            key={row.key}
            optionId={`${id}-option-${index}`}
            index={index}
            kind={row.kind}
            name={row.name}
            secondary={row.secondary}
            selected={index === activeIndex}
            onActivate={onActivate}
            onChoose={onChoose}
          />
        ))}
      </Box>
    </>
  );
}

interface SearchInputProps {
  readonly listId: string;
  readonly expanded: boolean;
  readonly activeDescendant: string | undefined;
  readonly onQuery: (value: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The combobox. Uncontrolled: the browser keeps the text, React re-renders it only when the results change. */
const SearchInput = memo(function SearchInput({
  listId,
  expanded,
  activeDescendant,
  onQuery,
  onKeyDown,
}: SearchInputProps) {
  const { t } = useTranslation();
  return (
    <TextField
      autoFocus
      fullWidth
      type="search"
      label={t('pupils.search.inputLabel')}
      onChange={(event) => onQuery(event.target.value)}
      onKeyDown={onKeyDown}
      helperText={t('pupils.search.hint')}
      slotProps={{
        htmlInput: {
          role: 'combobox',
          'aria-expanded': expanded,
          'aria-controls': listId,
          'aria-autocomplete': 'list',
          'aria-activedescendant': activeDescendant,
          autoComplete: 'off',
          spellCheck: false,
        },
      }}
    />
  );
});

interface ResultRowProps {
  readonly optionId: string;
  readonly index: number;
  readonly kind: SearchItem['kind'];
  readonly name: string;
  readonly secondary: string;
  readonly selected: boolean;
  readonly onActivate: (index: number) => void;
  readonly onChoose: (index: number) => void;
}

/** One option; plain-value props, so an unchanged row is not re-rendered when the query grows. */
const ResultRow = memo(function ResultRow({
  optionId,
  index,
  kind,
  name,
  secondary,
  selected,
  onActivate,
  onChoose,
}: ResultRowProps) {
  const Icon = kind === 'pupil' ? PersonOutlinedIcon : FolderOutlinedIcon;
  return (
    <Box
      component="li"
      id={optionId}
      role="option"
      aria-selected={selected}
      onMouseMove={() => {
        if (!selected) onActivate(index);
      }}
      onClick={() => onChoose(index)}
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
        <Typography sx={{ fontWeight: 600 }}>{name}</Typography>
        <Typography variant="body2" color="text.secondary">
          {secondary}
        </Typography>
      </Box>
    </Box>
  );
});
