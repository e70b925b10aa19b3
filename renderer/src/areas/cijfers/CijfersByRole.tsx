// Runs in: renderer.
//
// The Cijfers area picks its screen by the vault's role: the coordinator of a
// samenwerkingsverband (role `swv`) adds up the schools' figures files, everyone else sees
// the school's own figures (issue 17).
import { useSession } from '../../security/VaultProvider';
import { CijfersArea } from './CijfersArea';
import { RegionFiguresScreen } from './region/RegionFiguresScreen';

export function CijfersByRole() {
  const session = useSession();
  return session.profile.role === 'swv' ? <RegionFiguresScreen /> : <CijfersArea />;
}
