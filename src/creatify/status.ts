/** What a persona's fields say about its review: SPEC section 3. */
import type { AvatarStatus } from '../model.js';
import type { Persona } from './types.js';

export type ReviewStatus = Exclude<AvatarStatus, 'planned' | 'unconfirmed'>;

export function reviewStatus(persona: Pick<Persona, 'is_active' | 'process_status'>): ReviewStatus {
  if (persona.is_active === true) return 'approved';
  if (persona.process_status === 'rejected') return 'rejected';
  if (persona.process_status === 'failed') return 'failed';
  return 'pending';
}
