/**
 * The six pillars of a smart city master plan, each with three sub-elements
 * (Kominfo, Buku Panduan Penyusunan Masterplan Smart City; see shared/research/roster.md).
 * Their names and meanings in both languages live in locales/*.json under `pillars.*`.
 */
export const PILLAR_IDS = ['governance', 'economy', 'branding', 'society', 'living', 'environment'] as const
export type PillarId = (typeof PILLAR_IDS)[number]

export const SUB_ELEMENTS = {
  governance: ['service', 'bureaucracy', 'policy'],
  economy: ['industry', 'welfare', 'transactions'],
  branding: ['tourism', 'business', 'city-appearance'],
  society: ['community', 'learning', 'security'],
  living: ['spatial-harmony', 'health', 'mobility'],
  environment: ['protection', 'waste', 'energy'],
} as const satisfies Record<PillarId, readonly [string, string, string]>

export type SubElementId<P extends PillarId = PillarId> = (typeof SUB_ELEMENTS)[P][number]

export function isPillarId(value: unknown): value is PillarId {
  return typeof value === 'string' && (PILLAR_IDS as readonly string[]).includes(value)
}

export function isSubElementOf(pillar: PillarId, value: unknown): value is SubElementId {
  return typeof value === 'string' && (SUB_ELEMENTS[pillar] as readonly string[]).includes(value)
}
