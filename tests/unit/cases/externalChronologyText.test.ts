// Runs in: Node (Vitest).
//
// Meeting and referral events in a case's chronology are worded in the screen's language
// from their structured label; the Dutch title stays for documents. Before, the English
// screen showed the Dutch title.
import { describe, expect, it } from 'vitest';
import type { ChronologyItem, ExternalEventLabel } from '../../../shared/domain/chronology';
import { chronologyItemText } from '../../../renderer/src/areas/leerlingen/case/chronologyText';
import { createI18n } from '../../../renderer/src/i18n';

function external(label: ExternalEventLabel): ChronologyItem {
  return {
    source: 'external',
    key: 'external:x',
    kind: 'overleg',
    date: '2026-12-01',
    recordedAt: '2026-12-01T12:00:00Z',
    event: {
      key: 'x',
      kind: 'overleg',
      date: '2026-12-01',
      recordedAt: '2026-12-01T12:00:00Z',
      title: 'Dutch title for documents',
      label,
    },
  };
}

const labels: ExternalEventLabel[] = [
  { kind: 'meeting-discussed', meetingKind: 'zorgteam', anonymous: true },
  { kind: 'meeting-action', description: 'Gesprek met moeder' },
  { kind: 'referral-status', status: 'verstuurd', recipient: 'Wijkteam Oost', reason: 'vol' },
  { kind: 'referral-feedback', from: 'Noor Şahin', recipient: 'Wijkteam Oost' },
  { kind: 'referral-route', route: 'veilig-thuis' },
];

describe('external chronology events', () => {
  it('read in Dutch as the documents do', async () => {
    const i18n = await createI18n('nl');
    const titles = labels.map(
      (label) => chronologyItemText(external(label), i18n.t, (d) => d).title,
    );
    expect(titles).toEqual([
      'Besproken in het zorgteam (zonder naam)',
      'Actie: Gesprek met moeder',
      'Verwijzing: verstuurd (Wijkteam Oost): vol',
      'Terugkoppeling van Noor Şahin (Wijkteam Oost)',
      'Gezin koos een andere route: Via Veilig Thuis',
    ]);
  });

  it('read in English on an English screen', async () => {
    const i18n = await createI18n('en');
    const titles = labels.map(
      (label) => chronologyItemText(external(label), i18n.t, (d) => d).title,
    );
    expect(titles).toEqual([
      'Discussed in the care team (without name)',
      'Action: Gesprek met moeder',
      'Referral: sent (Wijkteam Oost): vol',
      'Feedback from Noor Şahin (Wijkteam Oost)',
      'The family chose another route: Through Veilig Thuis',
    ]);
  });
});
