// Runs in: renderer.
//
// "Wat de ontvanger ziet": the letter drawn from the very blocks the PDF is made of
// (referralLetterBlocks over the same content), with its header, signature lines and the
// fingerprint the footer will carry. Only the document id is new on each saved letter.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { fromBase64 } from '../../../shared/crypto/bytes';
import type { Block } from '../../../shared/documents/pdf';
import {
  REFERRAL_LETTER_TITLES,
  referralLetterBlocks,
  type ReferralLetterVariant,
} from '../../../shared/documents/referralLetter';
import { referralContentFingerprint } from '../../../shared/referrals/fingerprint';
import type { ReferralLetterContent } from '../../../shared/referrals/letterContent';
import type { Logo } from '../../../shared/referrals/letterhead';

function BlockView({
  block,
  logoUrl,
}: {
  readonly block: Block;
  readonly logoUrl: string | undefined;
}) {
  switch (block.kind) {
    case 'heading':
      return (
        <Typography
          component={block.level === 1 ? 'h3' : 'h4'}
          sx={{
            fontWeight: 700,
            fontSize: block.level === 1 ? '1.25rem' : '1.05rem',
            mt: block.level === 1 ? 2 : 2.5,
            mb: 0.75,
            color: block.level === 1 ? 'primary.dark' : 'text.primary',
          }}
        >
          {block.text}
        </Typography>
      );
    case 'paragraph':
      return (
        <Typography
          sx={{
            whiteSpace: 'pre-wrap',
            fontWeight: block.bold === true ? 700 : 400,
            fontSize: block.size !== undefined && block.size < 10 ? '0.8rem' : undefined,
            mb: 0.75,
          }}
        >
          {block.text}
        </Typography>
      );
    case 'fields':
      return (
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' },
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            mb: 1,
          }}
        >
          {block.rows.map((row, index) => (
            <Box key={index} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 700 }}>
                {row.label}
              </Typography>
              <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
                {row.value}
              </Typography>
            </Box>
          ))}
        </Box>
      );
    case 'list':
      return (
        <Box component="ul" sx={{ mt: 0, mb: 1, pl: 3 }}>
          {block.items.map((item, index) => (
            <Typography component="li" key={index} sx={{ whiteSpace: 'pre-wrap' }}>
              {item}
            </Typography>
          ))}
        </Box>
      );
    case 'box':
      return (
        <Box
          sx={{
            border: 2,
            borderColor: 'primary.main',
            p: 1.5,
            my: 1.5,
            textAlign: 'center',
            fontWeight: 700,
          }}
        >
          <Typography sx={{ fontWeight: 700 }}>{block.text}</Typography>
        </Box>
      );
    case 'signatures':
      return (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {block.signers.map((s, index) => (
            <Box component="li" key={index} sx={{ mb: 2 }}>
              <Typography sx={{ fontWeight: 700 }}>{`${s.name} (${s.role})`}</Typography>
              <Box
                sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 3, mt: 3 }}
                aria-hidden
              >
                <Box
                  sx={{
                    borderTop: 1,
                    borderColor: 'text.secondary',
                    pt: 0.5,
                    fontSize: '0.75rem',
                    color: 'text.secondary',
                  }}
                >
                  Handtekening
                </Box>
                <Box
                  sx={{
                    borderTop: 1,
                    borderColor: 'text.secondary',
                    pt: 0.5,
                    fontSize: '0.75rem',
                    color: 'text.secondary',
                  }}
                >
                  Datum
                </Box>
              </Box>
            </Box>
          ))}
        </Box>
      );
    case 'spacer':
      return <Box sx={{ height: block.height }} />;
    case 'image':
      return logoUrl === undefined ? null : (
        <Box
          component="img"
          src={logoUrl}
          alt=""
          sx={{ maxWidth: 180 * 1.33, maxHeight: 64 * 1.33, display: 'block', mb: 1 }}
        />
      );
    case 'pageBreak':
      return <Divider sx={{ my: 2 }} />;
    // A letter has no tables or charts (only the Cijfers year report does).
    case 'table':
    case 'bars':
      return null;
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

export interface LetterPreviewProps {
  readonly content: ReferralLetterContent;
  readonly variant: ReferralLetterVariant;
  readonly logo: Logo | undefined;
}

export function LetterPreview({ content, variant, logo }: LetterPreviewProps) {
  const { t } = useTranslation();
  const logoBytes = useMemo(() => (logo === undefined ? undefined : fromBase64(logo.data)), [logo]);
  const logoUrl = logo === undefined ? undefined : `data:${logo.mediaType};base64,${logo.data}`;
  const blocks = useMemo(
    () => referralLetterBlocks(content, variant, logoBytes),
    [content, variant, logoBytes],
  );
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    referralContentFingerprint(content).then(
      (value) => {
        if (live) setFingerprint(value);
      },
      () => {
        if (live) setFingerprint(null);
      },
    );
    return () => {
      live = false;
    };
  }, [content]);

  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, md: 4 }, bgcolor: 'background.paper', maxWidth: 820 }}
      data-testid="letter-preview"
    >
      <Box
        sx={{
          display: 'flex',
          justifyContent: 'space-between',
          gap: 2,
          borderBottom: 1,
          borderColor: 'divider',
          pb: 1,
          mb: 2,
        }}
      >
        <Box>
          <Typography sx={{ fontWeight: 700, color: 'primary.dark' }}>
            {content.school.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {REFERRAL_LETTER_TITLES[variant]}
          </Typography>
        </Box>
        <Typography sx={{ fontWeight: 700, color: 'error.dark' }}>VERTROUWELIJK</Typography>
      </Box>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} logoUrl={logoUrl} />
      ))}
      <Box sx={{ borderTop: 1, borderColor: 'divider', mt: 2, pt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {t('referrals.preview.documentId')}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ wordBreak: 'break-all' }}
          data-testid="preview-fingerprint"
        >
          {`Vingerafdruk (SHA-256): ${fingerprint ?? '…'}`}
        </Typography>
      </Box>
    </Paper>
  );
}
