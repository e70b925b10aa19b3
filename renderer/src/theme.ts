// Runs in: renderer.
//
// The look of Zorgtafel: calm and professional, a teal-blue primary with text contrast well
// above WCAG AA, the operating system's own fonts (nothing is loaded from anywhere), a focus
// ring that is always visible for keyboard users, and print rules that leave only the content.
import { alpha, createTheme, type Theme } from '@mui/material/styles';
import { enUS, nlNL } from '@mui/material/locale';
import type { Language } from '../../shared/settings/schema';

/** Marks chrome (header, navigation, skip link) that must not appear on paper. */
export const NO_PRINT_CLASS = 'zt-no-print';

/** Hides content visually but keeps it for screen readers (e.g. table captions). */
export const VISUALLY_HIDDEN_CLASS = 'zt-visually-hidden';

export const NAV_WIDTH = 264;

/** Width of the navigation on narrow windows, where it shows icons only. */
export const NAV_RAIL_WIDTH = 76;

const FONT_STACK = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Liberation Sans"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

const PRIMARY = '#0A5E73';
const PRIMARY_DARK = '#084655';
const PRIMARY_SOFT = '#E3EFF2';
const FOCUS = '#1D4ED8';
const TEXT = '#1B2A33';
const TEXT_SECONDARY = '#4A5863';
const BACKGROUND = '#F4F7F8';
const DIVIDER = '#D9E1E5';

/** MUI has no en-GB component locale; its English (en-US) texts are the same words. */
const MUI_LOCALES = { nl: nlNL, en: enUS } as const;

const focusRing = {
  outline: `3px solid ${FOCUS}`,
  outlineOffset: '2px',
} as const;

export function createAppTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: PRIMARY, dark: PRIMARY_DARK, light: '#3C8497', contrastText: '#FFFFFF' },
        secondary: { main: '#4A5D8A', contrastText: '#FFFFFF' },
        text: { primary: TEXT, secondary: TEXT_SECONDARY },
        background: { default: BACKGROUND, paper: '#FFFFFF' },
        divider: DIVIDER,
        // MUI's default orange and green give white button text under 4.5:1 (WCAG AA); these
        // darker shades keep warning and success buttons readable.
        warning: { main: '#B45309', contrastText: '#FFFFFF' },
        success: { main: '#1B7A3A', contrastText: '#FFFFFF' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: FONT_STACK,
        h1: { fontSize: '1.875rem', fontWeight: 600, lineHeight: 1.25, letterSpacing: '-0.01em' },
        h2: { fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.35 },
        h3: { fontSize: '1.0625rem', fontWeight: 600, lineHeight: 1.4 },
        button: { textTransform: 'none', fontWeight: 600 },
        body1: { lineHeight: 1.6 },
        body2: { lineHeight: 1.55 },
      },
      components: {
        // Chromium's autofill stores what was typed into form fields in the profile's
        // "Web Data" database, in plaintext. Nothing typed into Zorgtafel may be remembered
        // that way (tests/e2e/vault.spec.ts scans the profile), so every input opts out.
        MuiInputBase: { defaultProps: { autoComplete: 'off' } },
        MuiCssBaseline: {
          styleOverrides: {
            // A keyboard user must always see where they are; MUI hides outlines by default.
            ':focus-visible': focusRing,
            // Headings and <main> receive focus only programmatically (tabIndex -1), so that
            // screen readers announce the new screen; they are not controls and get no ring.
            'h1[tabindex="-1"]:focus, main[tabindex="-1"]:focus': { outline: 'none' },
            // Reflow at 400% zoom (320 CSS px, WCAG 1.4.10): a long Dutch compound in a heading
            // ("Overlegsjablonen") wraps instead of pushing the page sideways.
            'h1, h2, h3, h4, h5, h6': { overflowWrap: 'anywhere' },
            [`.${VISUALLY_HIDDEN_CLASS}`]: {
              position: 'absolute',
              width: '1px',
              height: '1px',
              padding: 0,
              margin: '-1px',
              overflow: 'hidden',
              clip: 'rect(0 0 0 0)',
              whiteSpace: 'nowrap',
              border: 0,
            },
            kbd: {
              fontFamily: 'inherit',
              fontSize: '0.8125rem',
              fontWeight: 600,
              padding: '1px 6px',
              border: `1px solid ${DIVIDER}`,
              borderBottomWidth: '2px',
              borderRadius: '4px',
              backgroundColor: '#FFFFFF',
              whiteSpace: 'nowrap',
            },
            '@media print': {
              [`.${NO_PRINT_CLASS}`]: { display: 'none !important' },
              body: { backgroundColor: '#FFFFFF' },
              '*:focus, *:focus-visible': { outline: 'none !important' },
              '#main': { padding: '0 !important', margin: '0 !important' },
            },
          },
        },
        MuiButtonBase: {
          defaultProps: { disableRipple: false },
          styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
        },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiAppBar: {
          defaultProps: { elevation: 0, color: 'inherit' },
          styleOverrides: {
            root: { backgroundColor: '#FFFFFF', borderBottom: `1px solid ${DIVIDER}` },
          },
        },
        MuiPaper: {
          defaultProps: { elevation: 0 },
          styleOverrides: { outlined: { borderColor: DIVIDER } },
        },
        MuiListItemButton: {
          styleOverrides: {
            root: {
              borderRadius: 8,
              '&.Mui-selected': {
                backgroundColor: PRIMARY_SOFT,
                color: PRIMARY_DARK,
                '& .MuiListItemIcon-root': { color: PRIMARY_DARK },
              },
              '&.Mui-selected:hover': { backgroundColor: alpha(PRIMARY, 0.16) },
            },
          },
        },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      },
    },
    MUI_LOCALES[language],
  );
}
