// Runs in: any environment.
//
// The printable "herstelcode" sheet: the vault's recovery code on paper, to be kept in the
// school safe. It is shown once, at vault creation or when a new code is made; the sheet says
// plainly that whoever holds it can read every file, and how to use it.
import { renderPdf, type Block, type DocumentFonts } from './pdf';

export interface RecoverySheetInput {
  readonly fonts: DocumentFonts;
  readonly schoolName: string;
  /** Name of the user who created the code (printed so the safe's keeper knows whose it is). */
  readonly createdBy: string;
  /** When the code was made, already formatted for Dutch readers, e.g. "22 november 2026". */
  readonly createdOn: string;
  readonly recoveryCode: string;
  /** A short, non-secret identifier of the vault, so the sheet can be matched to its computer. */
  readonly vaultLabel: string;
}

/** Builds the recovery sheet's content blocks (exported for tests and previews). */
export function recoverySheetBlocks(input: Omit<RecoverySheetInput, 'fonts'>): Block[] {
  return [
    { kind: 'heading', level: 1, text: `Herstelcode voor Zorgtafel van ${input.schoolName}` },
    {
      kind: 'paragraph',
      text:
        'Met deze herstelcode opent u de gegevens in Zorgtafel weer als de wachtwoordzin vergeten is. ' +
        'Wie deze code heeft, kan alle dossiers lezen. Bewaar dit blad daarom in de kluis van de school, ' +
        'niet bij de computer, en maak er geen foto of kopie van.',
    },
    { kind: 'box', text: input.recoveryCode, size: 17 },
    {
      kind: 'fields',
      rows: [
        { label: 'Aangemaakt op', value: input.createdOn },
        { label: 'Aangemaakt door', value: input.createdBy },
        { label: 'Kluis', value: input.vaultLabel },
      ],
    },
    { kind: 'heading', level: 2, text: 'Zo gebruikt u de herstelcode' },
    {
      kind: 'list',
      items: [
        'Kies op het ontgrendelscherm van Zorgtafel voor "Herstelcode gebruiken".',
        'Typ de code over. Hoofdletters, spaties en streepjes maken niet uit.',
        'Kies daarna meteen een nieuwe wachtwoordzin. De herstelcode blijft daarna gewoon geldig.',
        'Is er in Zorgtafel een nieuwe herstelcode gemaakt? Dan werkt deze code niet meer. Vernietig dit blad dan.',
      ],
    },
    { kind: 'heading', level: 2, text: 'Opgeborgen' },
    { kind: 'paragraph', text: 'Bewaarplaats: ______________________________________________' },
    { kind: 'signatures', signers: [{ name: 'Opgeborgen door', role: 'naam en functie' }] },
  ];
}

/** Renders the recovery sheet as a PDF. */
export function renderRecoverySheet(input: RecoverySheetInput): Promise<Uint8Array> {
  return renderPdf({
    fonts: input.fonts,
    title: 'Herstelcode',
    schoolName: input.schoolName,
    confidential: true,
    blocks: recoverySheetBlocks(input),
  });
}
