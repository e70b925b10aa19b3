// Runs in: any environment.
//
// The figures file (docs/formats.md "Figures file"): what a school hands its
// samenwerkingsverband. Readable JSON holding only the school's name, its public deelsleutel
// and the published (suppressed) figures of a period and the year before, signed with the
// school's Ed25519 sharing key, so the SWV can see that the figures come from that school
// and were not changed on the way. The signature covers the UTF-8 bytes of the canonical
// body: JSON.stringify of the body as the schema parses it (keys in schema order), so the
// reader recomputes exactly what was signed.
//
// Version 2 adds the school's municipality (gemeente), optional, so the SWV can compare by
// municipality. Version 1 files are still read (their signature covers the version 1 body)
// and come back without a municipality.
import { z } from 'zod';
import { fromBase64Url, toBase64Url, utf8Decode, utf8Encode } from '../crypto/bytes';
import { isoDateSchema } from '../domain/dates';
import { err, errorInfo, ok, type ErrorInfo, type Result } from '../result';
import {
  deelsleutelOf,
  parseDeelsleutel,
  signEd25519,
  verifyEd25519,
  type SharingIdentity,
} from '../sharing/identity';
import { publishedFiguresSchema, type PublishedFigures } from './model';

export const FIGURES_FILE_FORMAT = 'zorgtafel-cijfers';
export const FIGURES_FILE_VERSION = 2;
/** Larger than any real file (12 tables of at most 500 rows, twice); refuses a planted giant. */
const MAX_FILE_CHARS = 5_000_000;

const bodyV1Schema = z
  .object({
    format: z.literal(FIGURES_FILE_FORMAT),
    version: z.literal(1),
    school: z.string().trim().min(1).max(200),
    deelsleutel: z.string().min(1).max(300),
    createdOn: isoDateSchema,
    current: publishedFiguresSchema,
    previous: publishedFiguresSchema,
  })
  .strict();

const bodySchema = z
  .object({
    format: z.literal(FIGURES_FILE_FORMAT),
    version: z.literal(FIGURES_FILE_VERSION),
    school: z.string().trim().min(1).max(200),
    /** The school's municipality (gemeente); left out when the school gave none. */
    municipality: z.string().trim().min(1).max(100).optional(),
    deelsleutel: z.string().min(1).max(300),
    createdOn: isoDateSchema,
    current: publishedFiguresSchema,
    previous: publishedFiguresSchema,
  })
  .strict();
/** A read figures file, whatever its version: version 1 comes back without a municipality. */
export type FiguresFileBody = Omit<z.infer<typeof bodySchema>, 'version'> & {
  readonly version: 1 | typeof FIGURES_FILE_VERSION;
};

/** 64 bytes in canonical base64url: the last of 86 characters carries 2 bits and 4 zero bits. */
const signatureSchema = z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/);
const fileSchema = z.discriminatedUnion('version', [
  bodyV1Schema.extend({ signature: signatureSchema }).strict(),
  bodySchema.extend({ signature: signatureSchema }).strict(),
]);

function canonical(body: FiguresFileBody): Uint8Array {
  return utf8Encode(
    JSON.stringify(body.version === 1 ? bodyV1Schema.parse(body) : bodySchema.parse(body)),
  );
}

/** The signed figures file as JSON text. */
export async function writeFiguresFile(
  identity: Pick<SharingIdentity, 'ageRecipient' | 'signingPublicKey' | 'signingPrivateKeyPkcs8'>,
  input: {
    readonly school: string;
    readonly municipality?: string;
    readonly createdOn: string;
    readonly current: PublishedFigures;
    readonly previous: PublishedFigures;
  },
): Promise<string> {
  const municipality = input.municipality?.trim() ?? '';
  const body: FiguresFileBody = {
    format: FIGURES_FILE_FORMAT,
    version: FIGURES_FILE_VERSION,
    school: input.school,
    ...(municipality !== '' ? { municipality } : {}),
    deelsleutel: deelsleutelOf(identity),
    createdOn: input.createdOn,
    current: input.current,
    previous: input.previous,
  };
  const signature = await signEd25519(identity, canonical(body));
  return `${JSON.stringify({ ...bodySchema.parse(body), signature: toBase64Url(signature) }, null, 2)}\n`;
}

function isFiguresKind(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    'format' in json &&
    json.format === FIGURES_FILE_FORMAT
  );
}

/** Reads a figures file and checks its signature against the deelsleutel it names. */
export async function readFiguresFile(text: string): Promise<Result<FiguresFileBody, ErrorInfo>> {
  const refused = (code: string, message: string): Result<never, ErrorInfo> =>
    err(errorInfo(code, message));
  if (text.length > MAX_FILE_CHARS)
    return refused('figures-file.too-large', 'This is not a figures file: it is far too large.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(
      'figures-file.not-json',
      'This is not a figures file. Ask the school for the file Zorgtafel saved.',
    );
  }
  if (!isFiguresKind(json))
    return refused(
      'figures-file.wrong-kind',
      'This is another kind of file, not a figures file. Ask the school for the file Zorgtafel saved.',
    );
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success)
    return refused(
      'figures-file.invalid',
      'This figures file is damaged or from another version. Ask the school to save it again.',
    );
  const { signature, ...body } = parsed.data;
  const key = parseDeelsleutel(body.deelsleutel);
  if (!key.ok)
    return refused(
      'figures-file.invalid',
      'The deelsleutel in this figures file is damaged. Ask the school to save it again.',
    );
  const valid = await verifyEd25519(
    key.value.signingPublicKey,
    fromBase64Url(signature),
    canonical(body),
  );
  if (!valid)
    return refused(
      'figures-file.tampered',
      'This figures file was changed after the school signed it. Ask the school for a new one.',
    );
  return ok(body);
}

/** Reads a figures file as chosen from disk: bytes that are not UTF-8 are not a figures file. */
export async function readFiguresFileBytes(
  bytes: Uint8Array,
): Promise<Result<FiguresFileBody, ErrorInfo>> {
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    return err(
      errorInfo(
        'figures-file.not-json',
        'This is not a figures file. Ask the school for the file Zorgtafel saved.',
      ),
    );
  }
  return readFiguresFile(text);
}
