// Runs in: renderer.
//
// Keeps everything language-dependent outside React's text in step with the chosen
// language: <html lang> (screen readers pick their voice from it) and MUI's own component
// texts (nlNL / English), which live in the theme.
import { useEffect, useMemo, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useLanguage } from '../i18n/useLanguage';
import { createAppTheme } from '../theme';

export function LocalizedThemeProvider({ children }: { readonly children: ReactNode }) {
  const { language } = useLanguage();
  const theme = useMemo(() => createAppTheme(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
