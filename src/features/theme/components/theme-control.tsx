import { useTheme } from '../model/use-theme';
import { ThemeSelect } from './theme-select';

/** The header's theme choice, bound to the stored / URL theme. */
export function ThemeControl() {
  const [theme, setTheme] = useTheme();
  return <ThemeSelect theme={theme} onChange={setTheme} />;
}
