import { EU27_CODES, G7_CODES, NORDIC_BALTIC_8, isDonorCode } from '@/lib/donors';

export const presetIds = ['all', 'eu27', 'nordic-baltic-8', 'g7', 'purl'] as const;
export type PresetId = (typeof presetIds)[number];

export const PRESET_LABELS: Record<PresetId, string> = {
  all: 'All',
  eu27: 'EU-27',
  'nordic-baltic-8': 'Nordic-Baltic 8',
  g7: 'G7',
  purl: 'PURL contributors',
};

/** Known codes only, upper case, each once, order kept. */
function cleanCodes(codes: readonly string[]): string[] {
  const result: string[] = [];
  for (const raw of codes) {
    const code = raw.toUpperCase();
    if (isDonorCode(code) && !result.includes(code)) result.push(code);
  }
  return result;
}

/**
 * The donor codes a preset selects. "All" is the empty list (no restriction). The PURL
 * contributors come from the data, so the caller passes them in.
 */
export function presetDonors(preset: PresetId, purlContributors: readonly string[]): string[] {
  switch (preset) {
    case 'all':
      return [];
    case 'eu27':
      return [...EU27_CODES];
    case 'nordic-baltic-8':
      return [...NORDIC_BALTIC_8];
    case 'g7':
      return [...G7_CODES];
    case 'purl':
      return cleanCodes(purlContributors);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((code) => setB.has(code));
}

/**
 * The preset whose donors are exactly the selection (in any order), or null. The PURL preset
 * only counts when the data names at least one contributor.
 */
export function activePreset(
  donors: readonly string[],
  purlContributors: readonly string[],
): PresetId | null {
  const selected = donors.map((code) => code.toUpperCase());
  for (const preset of presetIds) {
    const codes = presetDonors(preset, purlContributors);
    if (preset === 'purl' && codes.length === 0) continue;
    if (sameSet(selected, codes)) return preset;
  }
  return null;
}
