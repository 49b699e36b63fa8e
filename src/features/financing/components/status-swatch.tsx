import { useId } from 'react';
import type { CoverageStatus } from '../api/financing-schema';
import { GAP_COLOUR, NEED_COLOUR, STATUS_COLOURS } from '../model/status-style';

export type SwatchKind = CoverageStatus | 'need' | 'gap';

/** The legend key of a series: the same colour and texture as its bar segment. */
export function StatusSwatch({ kind }: { kind: SwatchKind }) {
  const id = useId();
  const colour = kind === 'need' ? NEED_COLOUR : kind === 'gap' ? GAP_COLOUR : STATUS_COLOURS[kind];
  const texture =
    kind === 'decided' ? (
      <path d="M0 3h6M3 0v6" stroke="#fff" strokeWidth="1.2" opacity="0.7" />
    ) : kind === 'pledged' ? (
      <path d="M-1 1l2-2M0 6l6-6M5 7l2-2" stroke="#fff" strokeWidth="1.5" opacity="0.7" />
    ) : kind === 'proposed' ? (
      <circle cx="3" cy="3" r="1.2" fill="#fff" opacity="0.8" />
    ) : null;
  return (
    <svg
      className="status-swatch"
      width="22"
      height="14"
      viewBox="0 0 22 14"
      aria-hidden="true"
      focusable="false"
    >
      {texture && (
        <defs>
          <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
            {texture}
          </pattern>
        </defs>
      )}
      {kind === 'gap' ? (
        <rect
          x="1"
          y="1"
          width="20"
          height="12"
          fill="#fff"
          stroke={colour}
          strokeWidth="2"
          strokeDasharray="4 2"
        />
      ) : (
        <>
          <rect x="0" y="0" width="22" height="14" fill={colour} />
          {texture && <rect x="0" y="0" width="22" height="14" fill={`url(#${id})`} />}
        </>
      )}
    </svg>
  );
}
