import { useId } from 'react';
import { themeLabels } from '../theme-labels';
import { isThemeName, THEMES, type ThemeName } from '@/lib/theme/themes';

interface ThemeSelectProps {
  theme: ThemeName;
  onChange: (theme: ThemeName) => void;
}

/** A labelled select of the three themes (light, dark, projector). */
export function ThemeSelect({ theme, onChange }: ThemeSelectProps) {
  const id = useId();
  return (
    <span className="theme-select">
      <label htmlFor={id}>{themeLabels().themeLabel}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (isThemeName(event.target.value)) onChange(event.target.value);
        }}
      >
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {themeLabels().themeNames[name]}
          </option>
        ))}
      </select>
    </span>
  );
}
