// Runs in: any environment.
//
// Reads, without any secret and without trusting it, which key a file asks for: the UI asks
// for a passphrase before opening a passphrase file instead of failing with the own identity
// first. The answer is only a hint; openSharedFile checks everything again.
import { outerHeaderSchema } from './container';
import { decodeLayout } from './layout';

/** 'passphrase' or 'recipients' from the outer header, or null when the file does not parse (opening then names the problem). */
export function peekMode(bytes: Uint8Array): 'passphrase' | 'recipients' | null {
  const decoded = decodeLayout(bytes);
  if (!decoded.ok) return null;
  try {
    const header = outerHeaderSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decoded.layout.headerJson)));
    return header.success ? header.data.mode : null;
  } catch {
    return null;
  }
}
