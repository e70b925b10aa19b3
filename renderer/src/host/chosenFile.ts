// Runs in: renderer.
//
// Turns a file the user picked in a web file input into the contract's OpenedFile, with the
// same limits the main process applies to its open dialog: a size cap, the expected
// extensions and a bare file name. Kept apart from BrowserHost so it can be tested under Node.
import { fileNameSchema, type FileFilter, type OpenedFile } from '../../../shared/ipc/contract';
import { matchesFilters } from './fileFilters';
import { HostError } from './Host';

/** What a web File offers that we need; Node's File has the same shape. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readChosenFile(
  file: ChosenFile,
  limits: { readonly filters: readonly FileFilter[]; readonly maxBytes: number },
): Promise<OpenedFile> {
  // Checked before reading, so a huge file is never pulled into memory.
  if (file.size > limits.maxBytes) {
    throw new HostError('file.too-large', `file is larger than ${limits.maxBytes} bytes`);
  }
  if (!matchesFilters(file.name, limits.filters)) {
    throw new HostError('file.wrong-type', 'file extension does not match the filters');
  }
  const name = fileNameSchema.safeParse(file.name);
  if (!name.success) {
    throw new HostError('file.invalid-name', 'file name is not a bare file name');
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The size can change between picking and reading; check what was actually read.
  if (bytes.byteLength > limits.maxBytes) {
    throw new HostError('file.too-large', `file is larger than ${limits.maxBytes} bytes`);
  }
  return { name: name.data, bytes };
}
