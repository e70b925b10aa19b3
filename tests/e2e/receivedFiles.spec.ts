// Runs in: Node (Playwright test runner), driving Chromium.
//
// Ontvangen bestanden (issue 15, points 1 and 6): from a screen that has nothing to do with
// sharing, one click in the navigation reaches "Bestand openen…"; a real meeting file dropped
// on the window says what it is and who sent it before the passphrase is asked, opens and is
// kept; dropped again it is recognised as already kept. Bad files each get their own Dutch
// message and change nothing: truncated, not from Zorgtafel, tampered, for someone else, a
// backup, several files at once. The files are made here with the real sealing code.
import type { Page } from '@playwright/test';
import { BACKUP_MAGIC } from '../../shared/crypto/backup';
import { sealSharedFile } from '../../shared/sharing/container';
import {
  deelsleutelFingerprint,
  deelsleutelOf,
  generateSharingIdentity,
  parseDeelsleutel,
} from '../../shared/sharing/identity';
import { MEETING_CONTENT_FORMAT } from '../../shared/sharing/meetingContent';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { dialog, dropFile, go, main } from './steps';
import { createVault } from './vault';

const PASSPHRASE = 'tulp fiets molen kaas';

const agenda = {
  format: MEETING_CONTENT_FORMAT,
  phase: 'agenda',
  schoolName: 'OBS De Tweemaster',
  meeting: {
    id: 'mtg-1',
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
    status: 'gepland',
    attendees: [],
  },
  items: [
    {
      id: 'item-1',
      order: 0,
      subject: { mode: 'anonymous', pseudonym: 'Leerling A' },
      bespreekdoel: 'informatie-advies',
      question: 'Hoe ondersteunen we het lezen?',
      timeboxMinutes: 15,
    },
  ],
};

/** Drops several files at once, as dragging a selection from the file manager does. */
async function dropFiles(
  page: Page,
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): Promise<void> {
  await page.evaluate(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([new Uint8Array(f.data)], f.name));
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    files.map((f) => ({ name: f.name, data: [...f.bytes] })),
  );
}

/** Starts or ends dragging a file over the window (enter/leave), without dropping it. */
async function drag(page: Page, type: 'dragenter' | 'dragleave'): Promise<void> {
  await page.evaluate((eventType) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([1])], 'x.zorgtafel'));
    document.body.dispatchEvent(
      new DragEvent(eventType, { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, type);
}

test('a received file is opened from any screen; bad files are refused with their own message', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const school = await generateSharingIdentity();
  const someoneElse = await generateSharingIdentity();
  const createdAt = new Date('2026-11-20T09:00:00.000Z');
  const meetingFile = await sealSharedFile({
    kind: 'meeting-agenda',
    content: agenda,
    sender: school,
    to: { passphrase: PASSPHRASE, workFactor: 10 },
    createdAt,
  });
  const other = parseDeelsleutel(deelsleutelOf(someoneElse));
  if (!other.ok) throw new Error('deelsleutel');
  const notForMe = await sealSharedFile({
    kind: 'meeting-agenda',
    content: agenda,
    sender: school,
    to: { recipients: [other.value] },
    createdAt,
  });
  const fingerprint = await deelsleutelFingerprint(deelsleutelOf(school));

  await createVault(page);
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });

  // ---- One click from a screen that has nothing to do with sharing ---------------------
  await go(page, '#/leerlingen');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Leerlingen' })).toBeVisible();
  await nav.getByRole('link', { name: 'Ontvangen bestanden' }).click();
  await expect(page).toHaveURL(/#\/ontvangen$/);
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Ontvangen bestanden' }),
  ).toBeFocused();
  await expect(main(page).getByRole('button', { name: 'Bestand openen…' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Ontvangen bestanden' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectNoAxeViolations(page);
  const kept = main(page).getByRole('region', { name: 'Bewaard in uw kluis' });

  // ---- Dragging a file over any screen shows what will happen; leaving hides it ---------
  await go(page, '#/verwijzingen');
  await drag(page, 'dragenter');
  const overlay = page.getByTestId('drop-overlay');
  await expect(overlay).toContainText('Laat los om het bestand te openen');
  await expect(overlay).toContainText('Zorgtafel laat eerst zien wat het is en van wie het komt.');
  await drag(page, 'dragleave');
  await expect(overlay).toBeHidden();

  // ---- Bad files, dropped on the Verwijzingen screen: each its own message ---------------
  const refusal = page.getByRole('dialog', { name: 'Dit bestand kan niet worden geopend' });
  const refusedWith = async (
    file: { readonly name: string; readonly bytes: Uint8Array },
    message: string,
  ): Promise<void> => {
    await dropFile(page, file);
    await expect(refusal.getByTestId('share-refusal')).toHaveText(message);
    await expect(refusal.getByText('Er is niets in uw kluis opgeslagen.')).toBeVisible();
    await expectNoAxeViolations(page);
    await refusal.getByRole('button', { name: 'Sluiten' }).click();
    await expect(refusal).toBeHidden();
  };
  await refusedWith(
    { name: 'overleg.zorgtafel', bytes: meetingFile.subarray(0, meetingFile.length - 100) },
    'Het bestand is onvolledig, waarschijnlijk afgebroken bij het versturen of kopiëren. Vraag de afzender het opnieuw te sturen.',
  );
  await refusedWith(
    { name: 'verslag.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n') },
    'Dit is geen bestand van Zorgtafel. Open hier alleen bestanden die eindigen op .zorgtafel; andere bestanden (pdf, Word) opent u met het programma dat erbij hoort.',
  );
  const tampered = new Uint8Array(meetingFile);
  const middle = Math.floor(tampered.length / 2);
  tampered[middle] = (tampered[middle] ?? 0) ^ 0x04;
  await refusedWith(
    { name: 'overleg.zorgtafel', bytes: tampered },
    'Het bestand is beschadigd of aangepast. Open het niet opnieuw; vraag de afzender het nog eens te sturen.',
  );

  // For someone else: what it is and who sent it, then the refusal.
  await dropFile(page, { name: 'overleg.zorgtafel', bytes: notForMe });
  await expect(refusal.getByTestId('file-identity')).toContainText('Wat: agenda van een overleg');
  await expect(refusal.getByTestId('file-identity')).toContainText(`controlecode ${fingerprint}`);
  await expect(refusal.getByTestId('share-refusal')).toHaveText(
    'Dit bestand is niet voor u versleuteld. Vraag de afzender het naar uw deelsleutel te sturen, of om een wachtwoordzin.',
    { timeout: 30_000 },
  );
  await refusal.getByRole('button', { name: 'Sluiten' }).click();

  // A backup is not opened here: the message says where it is restored.
  await dropFile(page, {
    name: 'zorgtafel-backup.ztbackup',
    bytes: new TextEncoder().encode(`${BACKUP_MAGIC}\u0000\u0001rest`),
  });
  const backup = page.getByRole('dialog', { name: 'Dit is een back-up' });
  await expect(backup.getByTestId('share-refusal')).toHaveText(
    'Dit bestand is een back-up van Zorgtafel, geen bestand dat u hebt ontvangen. Er is niets geopend.',
  );
  await expect(backup).toContainText('Instellingen > Beveiliging > Back-up terugzetten');
  await expectNoAxeViolations(page);
  await backup.getByRole('button', { name: 'Naar Back-up in Instellingen' }).click();
  await expect(page).toHaveURL(/#\/instellingen\/backup$/);

  // Several files at once: one at a time.
  await dropFiles(page, [
    { name: 'a.zorgtafel', bytes: meetingFile },
    { name: 'b.zorgtafel', bytes: meetingFile },
  ]);
  const several = page.getByRole('dialog', { name: 'Eén bestand tegelijk' });
  await expect(several.getByTestId('share-refusal')).toHaveText(
    'U sleepte meer dan één bestand. Sleep de bestanden één voor één in het venster; er is niets geopend.',
  );
  await several.getByRole('button', { name: 'Sluiten' }).click();
  await expect(several).toBeHidden();

  // Nothing of all that was stored.
  await nav.getByRole('link', { name: 'Ontvangen bestanden' }).click();
  await expect(main(page).getByRole('region', { name: 'Nog geen bestanden' })).toBeVisible();

  // ---- A real meeting file dropped: what it is first, then the passphrase, then kept -----
  await go(page, '#/overleggen');
  await dropFile(page, { name: 'overleg-2026-12-01.zorgtafel', bytes: meetingFile });
  const prompt = page.getByRole('dialog', { name: 'Wachtwoordzin voor dit bestand' });
  const identity = prompt.getByTestId('file-identity');
  await expect(identity).toContainText('Wat: agenda van een overleg');
  await expect(identity).toContainText(`Van: onbekende afzender, controlecode ${fingerprint}.`);
  await expect(identity).toContainText('Gemaakt op: 20 november 2026');
  await expectNoAxeViolations(page);
  await prompt.getByRole('textbox', { name: 'Wachtwoordzin' }).fill(PASSPHRASE);
  await prompt.getByRole('button', { name: 'Openen' }).click();
  const received = page.getByRole('dialog', { name: 'Agenda ontvangen' });
  await expect(received.getByTestId('share-summary')).toHaveText(
    'Zorgteam op 1 december 2026, 14:00–15:30, 1 bespreking.',
    { timeout: 60_000 },
  );
  await received.getByRole('button', { name: 'Bewaren in mijn kluis' }).click();
  await expect(page).toHaveURL(/#\/ontvangen\/[a-z0-9._:-]+$/);
  const keptUrl = page.url();
  await expect(main(page).getByText('Hoe ondersteunen we het lezen?')).toBeVisible();
  await expectNoAxeViolations(page);

  // ---- The same file again (a replay): recognised, nothing stored twice ------------------
  await go(page, '#/overzicht');
  await dropFile(page, { name: 'overleg-2026-12-01.zorgtafel', bytes: meetingFile });
  await prompt.getByRole('textbox', { name: 'Wachtwoordzin' }).fill(PASSPHRASE);
  await prompt.getByRole('button', { name: 'Openen' }).click();
  const again = page.getByRole('dialog', { name: 'Dit bestand hebt u al' });
  await expect(again.getByTestId('share-refusal')).toContainText(
    'U hebt dit bestand al geopend en op',
    { timeout: 60_000 },
  );
  await expectNoAxeViolations(page);
  await again.getByRole('button', { name: 'Bewaarde bestand bekijken' }).click();
  await expect(page).toHaveURL(keptUrl);
  await nav.getByRole('link', { name: 'Ontvangen bestanden' }).click();
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(dialog(page)).toHaveCount(0);
});
