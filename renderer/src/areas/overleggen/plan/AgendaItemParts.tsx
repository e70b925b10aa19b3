// Runs in: renderer.
//
// The parts of an agenda card (AgendaItemCard): the item's facts (bespreekdoel, question,
// timebox), why an anonymous item is anonymous (or that consent is there now), what came back
// from earlier meetings, and the buttons that move or remove the item.
import { useTranslation } from 'react-i18next';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { AgendaItem, CarryOverSnapshot } from '../../../../../shared/meetings/meeting';
import { hrefFor } from '../../../app/router';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { NO_PRINT_CLASS } from '../../../theme';

export function AgendaItemFacts({ item }: { readonly item: AgendaItem }) {
  const { t } = useTranslation();
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        mt: 1,
        display: 'grid',
        gridTemplateColumns: { sm: '200px 1fr' },
        columnGap: 2,
        rowGap: 0.5,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0 },
      }}
    >
      <Typography component="dt" variant="body2">
        {t('meetings.agenda.bespreekdoel')}
      </Typography>
      <Typography component="dd" variant="body2">
        {t(`meetings.bespreekdoel.${item.bespreekdoel}`)}
      </Typography>
      <Typography component="dt" variant="body2">
        {t('meetings.agenda.question')}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {item.question.trim() === '' ? t('meetings.agenda.noQuestion') : item.question}
      </Typography>
      <Typography component="dt" variant="body2">
        {t('meetings.agenda.timebox')}
      </Typography>
      <Typography component="dd" variant="body2">
        {t('meetings.agenda.minutes', { count: item.timeboxMinutes })}
      </Typography>
    </Box>
  );
}

/** An anonymous item: that consent is there now (it can be named), or why not and where to record it. */
export function AnonymousItemNotice({
  item,
  label,
  canBeNamed,
}: {
  readonly item: AgendaItem;
  readonly label: string;
  readonly canBeNamed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert severity={canBeNamed ? 'success' : 'info'} sx={{ mt: 1.5 }}>
      {canBeNamed ? t('meetings.agenda.consentNowThere') : t('meetings.agenda.anonymousBecause')}
      {!canBeNamed ? (
        <>
          {' '}
          <Link
            href={hrefFor({
              area: 'leerlingen',
              path: [item.pupilId, 'dossier', item.caseId],
            })}
            className={NO_PRINT_CLASS}
          >
            {t('meetings.agenda.openCase', { item: label })}
          </Link>
        </>
      ) : null}
    </Alert>
  );
}

/** The open actions and last decisions carried over from earlier meetings. */
export function CarryOverList({ carried }: { readonly carried: CarryOverSnapshot }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {carried.from !== undefined
          ? t('meetings.agenda.carryOverSince', {
              kind: t(`meetings.kinds.${carried.from.meetingKind}`),
              date: formatIsoDate(carried.from.meetingDate, language),
            })
          : t('meetings.agenda.carryOver')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {carried.openActions.map((a) => (
          <li key={a.id}>
            <Typography variant="body2">
              {t('meetings.agenda.openAction', {
                description: a.description,
                owner:
                  [a.ownerName, a.ownerOrganisation].filter((p) => p.trim() !== '').join(', ') ||
                  t('meetings.agenda.noOwner'),
                due:
                  a.dueDate === undefined
                    ? t('meetings.agenda.noDue')
                    : formatIsoDate(a.dueDate, language),
              })}
            </Typography>
          </li>
        ))}
        {carried.decisions.map((d) => (
          <li key={d.id}>
            <Typography variant="body2">
              {t('meetings.agenda.lastDecision', { text: d.text })}
            </Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
}

export function AgendaItemMoveButtons({
  label,
  first,
  last,
  onMove,
  onRemove,
}: {
  readonly label: string;
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={0.5} className={NO_PRINT_CLASS}>
      <Tooltip title={t('meetings.agenda.up')}>
        <span>
          <IconButton
            size="small"
            aria-label={t('meetings.agenda.upLabel', { item: label })}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={t('meetings.agenda.down')}>
        <span>
          <IconButton
            size="small"
            aria-label={t('meetings.agenda.downLabel', { item: label })}
            disabled={last}
            onClick={() => onMove(1)}
          >
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={t('meetings.agenda.remove')}>
        <IconButton
          size="small"
          aria-label={t('meetings.agenda.removeLabel', { item: label })}
          onClick={onRemove}
        >
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
