import './export.css';
import { useEffect, useId, useRef, useState } from 'react';
import {
  BRIEFING_TEXT,
  useSlideInputs,
  type SlideDefinition,
  type SlideInputs,
  buildSlide,
} from '@/features/briefing';
import { downloadPptx, pptxText } from '@/features/pptx';
import { exportChart, type ExportKind } from '@/features/export';

/** The image and data formats, then the PowerPoint deck of this chart (native, editable chart). */
type MenuKind = ExportKind | 'pptx';

const ITEMS: { kind: ExportKind; label: string }[] = [
  { kind: 'png', label: BRIEFING_TEXT.exportPng },
  { kind: 'png2x', label: BRIEFING_TEXT.exportPng2x },
  { kind: 'svg', label: BRIEFING_TEXT.exportSvg },
  { kind: 'csv', label: BRIEFING_TEXT.exportCsv },
  { kind: 'copy', label: BRIEFING_TEXT.copyImage },
];

interface ExportItemsProps {
  definition: SlideDefinition;
  busy: boolean;
  onRun: (kind: MenuKind, inputs: SlideInputs) => void;
}

/**
 * The menu's buttons, mounted only while the menu is open: the slide inputs (every selector of
 * the view, run again) are computed for an export, not on every filter change of every chart.
 */
function ExportItems({ definition, busy, onRun }: ExportItemsProps) {
  const inputs = useSlideInputs([definition.needs]);
  const items: { kind: MenuKind; label: string }[] = [
    ...ITEMS,
    { kind: 'pptx', label: pptxText().exportPptx },
  ];
  return items.map((item) => (
    <li key={item.kind}>
      <button
        type="button"
        className="export-menu__item"
        disabled={busy}
        onClick={() => onRun(item.kind, inputs)}
      >
        {item.label}
      </button>
    </li>
  ));
}

/**
 * "Export" in a chart's head: a disclosure with one button per format. The files are made from
 * the slide registry at the canonical size, with the filters of the view.
 */
export function ExportMenu({ definition }: { definition: SlideDefinition }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  /** The chart as a one-chart PowerPoint deck (cover, chart, sources). */
  const runPptx = async (inputs: SlideInputs) => {
    const result = await downloadPptx([definition.id], inputs);
    if (result.status === 'done') return result.fileName;
    throw new Error(
      result.status === 'pending'
        ? BRIEFING_TEXT.exportNotReady
        : BRIEFING_TEXT.slideFailed(result.what),
    );
  };

  const run = async (kind: MenuKind, inputs: SlideInputs) => {
    const build = buildSlide(definition, inputs);
    if (build.status !== 'ready') {
      setStatus(
        build.status === 'error'
          ? BRIEFING_TEXT.slideFailed(build.what)
          : BRIEFING_TEXT.exportNotReady,
      );
      return;
    }
    setBusy(true);
    setStatus(BRIEFING_TEXT.exportBusy);
    try {
      const file = kind === 'pptx' ? await runPptx(inputs) : await exportChart(build.slide, kind);
      setStatus(file === null ? BRIEFING_TEXT.copied : BRIEFING_TEXT.exportDone(file));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setStatus(kind === 'copy' ? BRIEFING_TEXT.copyRefused(why) : BRIEFING_TEXT.exportFailed(why));
    } finally {
      setBusy(false);
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape from any item closes the menu (keys bubble from its buttons)
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={BRIEFING_TEXT.exportMenuLabel(definition.title)}
        onClick={() => setOpen((value) => !value)}
      >
        {BRIEFING_TEXT.exportMenu} ▾
      </button>
      <ul id={menuId} className="export-menu__list" hidden={!open}>
        {open && (
          <ExportItems
            definition={definition}
            busy={busy}
            onRun={(kind, inputs) => void run(kind, inputs)}
          />
        )}
      </ul>
      <p className="export-menu__status" role="status">
        {status}
      </p>
    </div>
  );
}
