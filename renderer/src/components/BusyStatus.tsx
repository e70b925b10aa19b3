// Runs in: renderer.
//
// "Bezig met …": a spinner with a sentence, announced to screen readers (role=status), for
// the seconds a key derivation, a backup or a restore takes.
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';

export function BusyStatus({ label }: { readonly label: string }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} role="status">
      <CircularProgress size={20} />
      <span>{label}</span>
    </Stack>
  );
}
