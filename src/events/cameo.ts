/**
 * The CAMEO code of an event (GDELT/PETRARCH codebook): 036 express intent to meet (a planned
 * meeting), 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet
 * at a third location, 046 negotiate, 057 sign a formal agreement, 010 make a statement.
 */
import type { Merged } from './06-merge';

export function cameoOf(e: Merged): string {
  if (e.type !== 'meeting') return e.cameo;
  if (e.status === 'planned') return '036';
  if (e.mode === 'phone') return '041';
  if (e.cameo === '046' || e.cameo === '043') return e.cameo;
  if (e.mode === 'in_person' && e.location && !e.participants.includes(e.location)) return '044';
  return '040';
}
