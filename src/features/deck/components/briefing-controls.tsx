import { ShareMenu } from '@/features/share';
import { ThemeControl } from '@/features/theme';
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
