// Runs in: renderer.
//
// Drag and drop onto the window, from any screen: while files are dragged over the window an
// overlay says what happens when they are let go (Zorgtafel first shows what the file is;
// nothing is stored without a choice). A drag of text or a link is left alone. One file goes
// to the opener; several at once are refused with a message (onSeveral).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import FileOpenIcon from '@mui/icons-material/FileOpen';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { NO_PRINT_CLASS } from '../theme';
import { MAX_SHARED_FILE_BYTES } from './files';
import { decideDrop, dragCarriesFiles, readDroppedFile } from './incoming';

export function DropTarget({
  onFile,
  onSeveral,
}: {
  readonly onFile: (file: OpenedFile) => void;
  readonly onSeveral: () => void;
}) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: the drag has left the window
    // when as many leaves as enters have been seen.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!dragCarriesFiles(event.dataTransfer?.types)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      // Without preventDefault the browser would open the file itself instead of dropping it here.
      if (dragCarriesFiles(event.dataTransfer?.types)) event.preventDefault();
    };
    const leave = (event: DragEvent): void => {
      if (!dragCarriesFiles(event.dataTransfer?.types)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      depth = 0;
      setDragging(false);
      const decision = decideDrop(event.dataTransfer?.types, [
        ...(event.dataTransfer?.files ?? []),
      ]);
      if (decision.type === 'ignore') return;
      event.preventDefault();
      if (decision.type === 'several') onSeveral();
      else void readDroppedFile(decision.file, MAX_SHARED_FILE_BYTES).then(onFile, () => undefined);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, onSeveral]);

  if (!dragging) return null;
  return (
    <Box
      className={NO_PRINT_CLASS}
      data-testid="drop-overlay"
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: (theme) => theme.zIndex.modal + 1,
        bgcolor: 'rgba(0, 0, 0, 0.5)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        p: 3,
        pointerEvents: 'none',
      }}
    >
      <Paper
        role="status"
        sx={{
          p: 4,
          maxWidth: 480,
          textAlign: 'center',
          border: 3,
          borderStyle: 'dashed',
          borderColor: 'primary.main',
        }}
      >
        <FileOpenIcon color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2" component="p" sx={{ mt: 1 }}>
          {t('sharing.drop.title')}
        </Typography>
        <Typography sx={{ mt: 1 }}>{t('sharing.drop.body')}</Typography>
      </Paper>
    </Box>
  );
}
