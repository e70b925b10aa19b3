// Runs in: renderer.
//
// Sets up translation. Every UI string lives in the message files gathered by messages.ts
// (Dutch is the default); components read them with react-i18next's useTranslation. Each app
// gets its own i18next instance so nothing depends on a module-level singleton.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, languageSchema, type Language } from '../../../shared/settings/schema';
import { enMessages, nlMessages, type Messages } from './messages';

export const DEFAULT_LANGUAGE: Language = 'nl';

export const resources = {
  nl: { translation: nlMessages },
  en: { translation: enMessages },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Dutch is the reference: en.json must have exactly the same keys (a unit test checks).
    resources: { translation: Messages };
  }
}

export async function createI18n(language: Language): Promise<I18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'translation',
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Narrows whatever i18next reports as the current language to one of ours. */
export function toLanguage(value: string | undefined): Language {
  const parsed = languageSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}
