// Runs in: renderer.
//
// One betrokkene of a case: name (a star for the regisseur), role and organisation, how
// closely the school coordinates with them, whether they are away (until when, and who takes
// over), how to reach them and since when; with the buttons to make them regisseur (or not),
// edit or delete them. The heading takes focus after a save.
import { useTranslation } from 'react-i18next';
import StarIcon from '@mui/icons-material/Star';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { IsoDate } from '../../../../../shared/domain/dates';
import { isInvolvementAbsentOn, type Involvement } from '../../../../../shared/domain/involvement';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';

export function InvolvementCard({
  involvement,
  today,
  onRegisseur,
  onEdit,
  onDelete,
}: {
  readonly involvement: Involvement;
  readonly today: IsoDate;
  /** Make this betrokkene the regisseur (true) or take that role away (false). */
  readonly onRegisseur: (lead: boolean) => void;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const absent = isInvolvementAbsentOn(involvement, today);
  const itemId = `involvement-${involvement.id}`;
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={1.5}
        sx={{ justifyContent: 'space-between' }}
      >
        <Box>
          <Typography
            variant="h3"
            id={itemId}
            tabIndex={-1}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}
          >
            {involvement.isRegisseur ? (
              <StarIcon sx={{ color: 'warning.dark' }} aria-hidden />
            ) : null}
            {involvement.name}
          </Typography>
          <Typography color="text.secondary">
            {[involvement.role, involvement.organisationName]
              .filter((v) => v !== undefined)
              .join(', ')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
            {involvement.isRegisseur ? (
              <Chip
                size="small"
                color="primary"
                icon={<StarIcon aria-hidden />}
                label={t('directory.involvements.regisseur')}
              />
            ) : null}
            <Chip
              size="small"
              variant="outlined"
              label={t('directory.involvements.level', {
                level: t(`directory.levels.${involvement.coordinationLevel}`),
              })}
            />
            {absent ? (
              <Chip size="small" color="warning" label={t('directory.involvements.absent')} />
            ) : null}
          </Stack>
          <Typography variant="body2">
            {[involvement.phone, involvement.email].filter((v) => v !== undefined).join(' · ')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('directory.involvements.since', {
              date: formatIsoDate(involvement.since, language),
            })}
          </Typography>
          {involvement.absent !== undefined && absent ? (
            <Typography variant="body2" sx={{ color: 'warning.dark' }}>
              {involvement.absent.until !== undefined
                ? t('directory.involvements.absentUntil', {
                    date: formatIsoDate(involvement.absent.until, language),
                  })
                : t('directory.involvements.absentOpen')}
              {involvement.absent.replacedBy !== undefined
                ? `, ${t('directory.involvements.replacedBy', { name: involvement.absent.replacedBy })}`
                : ''}
            </Typography>
          ) : null}
        </Box>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
        >
          {involvement.isRegisseur ? (
            <Button
              size="small"
              onClick={() => onRegisseur(false)}
              aria-label={t('directory.involvements.removeRegisseurLabel', {
                name: involvement.name,
              })}
            >
              {t('directory.involvements.removeRegisseur')}
            </Button>
          ) : (
            <Button
              size="small"
              onClick={() => onRegisseur(true)}
              aria-label={t('directory.involvements.makeRegisseurLabel', {
                name: involvement.name,
              })}
            >
              {t('directory.involvements.makeRegisseur')}
            </Button>
          )}
          <Button
            size="small"
            onClick={onEdit}
            aria-label={t('directory.involvements.editLabel', {
              name: involvement.name,
            })}
          >
            {t('directory.common.edit')}
          </Button>
          <Button
            size="small"
            color="error"
            onClick={onDelete}
            aria-label={t('directory.involvements.deleteLabel', {
              name: involvement.name,
            })}
          >
            {t('directory.common.delete')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
