// Runs in: renderer.
//
// The element ids of the actieplan's goals, actions and evaluation moments, so focus can move
// to what was just added or changed (usePendingFocus). Record ids are made safe for an id.
export function actieplanDomId(kind: 'goal' | 'action' | 'evaluation', id: string): string {
  return `actieplan-${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
