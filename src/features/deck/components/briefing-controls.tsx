import { ShareMenu } from '@/features/share/components/share-menu';
import { ThemeControl } from '@/features/theme/components/theme-control';
import { PresentButton } from './present-button';

/** Present, share and theme, for the app header. */
export function BriefingControls() {
  return (
    <div className="briefing-controls">
      <PresentButton />
      <ShareMenu />
      <ThemeControl />
    </div>
  );
}
