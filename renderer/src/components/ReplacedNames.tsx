// Runs in: renderer.
//
// Before an anonymised document or file leaves: what the anonymisation replaced by a
// pseudonym (shared/meetings/anonymise.ts, anonymisationReport), so the user sees it and can
// correct the minutes where a word was taken for a name, or a name was missed.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Replacement } from '../../../shared/meetings/anonymise';

export function ReplacedNames({ replaced }: { readonly replaced: readonly Replacement[] }) {
  const { t } = useTranslation();
  if (replaced.length === 0) return null;
  return (
    <Alert severity="info" data-testid="replaced-names">
      <Typography>{t('meetings.replaced.intro')}</Typography>
      <Box component="ul" aria-label={t('meetings.replaced.listLabel')} sx={{ my: 0.5, pl: 2.5 }}>
        {replaced.map((r) => (
          <li key={`${r.pseudonym}:${r.found}`}>{t('meetings.replaced.item', { found: r.found, pseudonym: r.pseudonym, count: r.count })}</li>
        ))}
      </Box>
      <Typography variant="body2">{t('meetings.replaced.fix')}</Typography>
    </Alert>
  );
}
