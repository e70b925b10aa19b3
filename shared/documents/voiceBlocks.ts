// Runs in: any environment.
//
// The parents' and the pupil's voice as document blocks: each kind under its own heading
// ("Wat vinden ouders", "Wat vindt de leerling") with its dated lines; a kind without lines is
// left out. The referral letter and the preparation sheet both print them this way.
import { VOICE_HEADINGS_NL, type VoiceKind } from '../domain/voice';
import type { Block } from './pdf';

export function voiceBlocks(
  groups: readonly { readonly kind: VoiceKind; readonly lines: readonly string[] }[],
): Block[] {
  return groups.flatMap((group): Block[] =>
    group.lines.length === 0
      ? []
      : [
          { kind: 'heading', level: 2, text: VOICE_HEADINGS_NL[group.kind] },
          { kind: 'list', items: [...group.lines] },
        ],
  );
}
