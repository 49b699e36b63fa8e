import { slideForFrame } from '@/features/briefing';
import { ExportMenu } from './export-menu';

/** The Export menu of the chart frame `frameId` (loaded on demand with the slide registry). */
export default function FrameExportMenu({ frameId }: { frameId: string }) {
  const definition = slideForFrame(frameId);
  return definition ? <ExportMenu definition={definition} /> : null;
}
