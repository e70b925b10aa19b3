// Runs in: Node (test tooling).
//
// A minimal ZIP reader for checking .docx files in tests: reads the central directory and
// inflates each entry with node:zlib. Kept here so the tests depend on no package the
// project does not declare (docx bundles its own zip library).
import { inflateRawSync } from 'node:zlib';

/** The files of a ZIP archive by name. Throws when the bytes are not a ZIP with stored or deflated entries. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files: Record<string, Uint8Array> = {};
  for (let n = 0; n < count; n += 1) {
    if (view.getUint32(at, true) !== 0x02014b50)
      throw new Error('not a zip: bad central directory entry');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(localOffset, true) !== 0x04034b50)
      throw new Error('not a zip: bad local header');
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files[name] = data.slice();
    else if (method === 8) files[name] = new Uint8Array(inflateRawSync(data));
    else throw new Error(`unsupported zip method ${method}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export function text(data: Uint8Array | undefined): string {
  return new TextDecoder().decode(data ?? new Uint8Array());
}
