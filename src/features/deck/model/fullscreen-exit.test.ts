// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fullscreenExitAction,
  type FullscreenChange,
  type FullscreenExitAction,
} from './fullscreen-exit';

describe('fullscreenExitAction', () => {
  const cases: [string, FullscreenChange, FullscreenExitAction][] = [
    [
      'the deck leaves its full screen: closes, as Escape does',
      { deckWasFullscreen: true, nowNone: true, picking: false },
      'close-deck',
    ],
    [
      'with the slide picker open: only the picker closes',
      { deckWasFullscreen: true, nowNone: true, picking: true },
      'close-picker',
    ],
    [
      'full screen passes to another element: nothing',
      { deckWasFullscreen: true, nowNone: false, picking: false },
      null,
    ],
    [
      'a full screen the deck did not enter ends: nothing',
      { deckWasFullscreen: false, nowNone: true, picking: false },
      null,
    ],
    [
      'the deck enters full screen: nothing',
      { deckWasFullscreen: false, nowNone: false, picking: false },
      null,
    ],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(fullscreenExitAction(change)).toBe(expected);
  });
});
