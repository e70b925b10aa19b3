// Runs in: Node (test tooling).
//
// Opens a backup file as a restore would (decodeBackup with the passphrase, which verifies
// every record) and gives every record's decrypted content, the vault metadata and the
// audit trail as text, so a test can check that something is in no record of a backup.
import { decodeBackup } from '../../shared/crypto/backup';
import { wipe } from '../../shared/crypto/bytes';
import { decryptJson, fromStoredEnvelope } from '../../shared/crypto/envelope';
import { importVaultKeys } from '../../shared/crypto/keyslots';

export interface BackupRecordText {
  readonly type: string;
  readonly id: string;
  /** The decrypted record as JSON text. */
  readonly json: string;
}

export async function backupRecords(
  bytes: Uint8Array,
  passphrase: string,
): Promise<readonly BackupRecordText[]> {
  const { payload, dataKey } = await decodeBackup(bytes, { passphrase });
  try {
    const keys = await importVaultKeys(dataKey);
    const records: BackupRecordText[] = [];
    for (const stored of payload.records) {
      const envelope = fromStoredEnvelope(stored);
      records.push({
        type: envelope.type,
        id: envelope.id,
        json: JSON.stringify(await decryptJson(keys.records, envelope)),
      });
    }
    return records;
  } finally {
    wipe(dataKey);
  }
}
