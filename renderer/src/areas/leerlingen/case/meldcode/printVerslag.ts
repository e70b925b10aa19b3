// Runs in: renderer.
//
// Prints the meldcode verslag (issue 16, point 4): the whole track for the school's file, or
// the part for Veilig Thuis. Renders the Dutch PDF from the track alone (working notes are
// never passed), offers it through the host's save dialog under a name without personal data
// (kind and day), and records the saved print in the audit trail (ids only).
import type { IsoDate } from '../../../../../../shared/domain/dates';
import type { Pupil } from '../../../../../../shared/domain/pupil';
import {
  renderMeldcodeVerslag,
  type MeldcodeVerslagError,
  type MeldcodeVerslagVariant,
} from '../../../../../../shared/documents/meldcodeVerslag';
import type { MeldcodeTrack } from '../../../../../../shared/meldcode/meldcode';
import { err, ok, type Result } from '../../../../../../shared/result';
import type { Host, SaveFileOutcome } from '../../../../host/Host';
import { loadDocumentFonts } from '../../../../security/documentFonts';
import type { AppSession } from '../../../../security/VaultProvider';

export interface PrintVerslagInput {
  readonly track: MeldcodeTrack;
  readonly pupil: Pupil;
  /** Print without the pupil's name, birth date and group (a case discussed anonymously). */
  readonly withoutName: boolean;
  readonly variant: MeldcodeVerslagVariant;
  readonly today: IsoDate;
}

/** The suggested file name: the kind of document and the day, never a name. */
export function verslagFileName(variant: MeldcodeVerslagVariant, today: IsoDate): string {
  return variant === 'dossier'
    ? `meldcodeverslag-${today}.pdf`
    : `meldcodeverslag-veilig-thuis-${today}.pdf`;
}

export async function printVerslag(
  session: AppSession,
  host: Host,
  input: PrintVerslagInput,
): Promise<Result<SaveFileOutcome, MeldcodeVerslagError>> {
  const bytes = await renderMeldcodeVerslag({
    fonts: await loadDocumentFonts(),
    schoolName: session.profile.schoolName,
    subject: input.withoutName ? { kind: 'anonymous' } : { kind: 'named', pupil: input.pupil },
    track: input.track,
    variant: input.variant,
    onDate: input.today,
  });
  if (!bytes.ok) return err(bytes.error);
  const outcome = await host.saveFile({
    suggestedName: verslagFileName(input.variant, input.today),
    bytes: bytes.value,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (outcome.saved)
    await session.audit.append('print', {
      recordType: 'case.meldcode',
      recordId: input.track.id,
      detail: `meldcode-verslag=${input.variant}`,
    });
  return ok(outcome);
}
