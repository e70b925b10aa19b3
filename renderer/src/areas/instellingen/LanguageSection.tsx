// Runs in: renderer.
//
// Choosing the UI language. The choice is stored through the Host and applied at once;
// each language's name is written in that language (and marked with its lang attribute).
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import TranslateOutlinedIcon from '@mui/icons-material/TranslateOutlined';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { LANGUAGES, languageSchema } from '../../../../shared/settings/schema';
import { useLanguage } from '../../i18n/useLanguage';
import { SettingsSection } from './SettingsSection';
import { useSaveAttempt } from '../../components/useSaveAttempt';

export function LanguageSection() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { busy: saving, failed, attempt } = useSaveAttempt();

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const next = languageSchema.safeParse(event.target.value);
    if (!next.success || next.data === language) return;
    void attempt(() => setLanguage(next.data));
  };

  return (
    <SettingsSection
      icon={TranslateOutlinedIcon}
      title={t('settings.language.title')}
      description={t('settings.language.description')}
    >
      <FormControl component="fieldset" disabled={saving}>
        <FormLabel component="legend" sx={{ mb: 0.5 }}>
          {t('settings.language.legend')}
        </FormLabel>
        <RadioGroup name="language" value={language} onChange={onChange}>
          {LANGUAGES.map((code) => (
            <FormControlLabel
              key={code}
              value={code}
              control={<Radio />}
              label={<span lang={code}>{t(`settings.language.${code}`)}</span>}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {failed ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('settings.language.saveFailed')}
        </Alert>
      ) : null}
    </SettingsSection>
  );
}
