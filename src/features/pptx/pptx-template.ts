import type PptxGenJS from 'pptxgenjs';
import type { PptxTemplate } from './model/pptx-deck';

/** Colours and type sizes of a deck template (colours as PowerPoint wants them: RRGGBB). */
export interface Template {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  disputed: string;
  bold: boolean;
  size: {
    title: number;
    takeaway: number;
    meta: number;
    source: number;
    chart: number;
    list: number;
  };
  lineWidth: number;
}

/** Light: the app's light theme. Projector: black on white, larger and bolder (high contrast). */
export const TEMPLATES: Record<PptxTemplate, Template> = {
  light: {
    text: '14181F',
    muted: '4A5361',
    grid: 'D5D9DF',
    accent: '0072B2',
    disputed: '9A3412',
    bold: false,
    size: { title: 28, takeaway: 18, meta: 12, source: 10, chart: 11, list: 9 },
    lineWidth: 2.25,
  },
  projector: {
    text: '000000',
    muted: '1F1F1F',
    grid: '8A8A8A',
    accent: '0033A0',
    disputed: '7C2D12',
    bold: true,
    size: { title: 32, takeaway: 20, meta: 14, source: 11, chart: 13, list: 10 },
    lineWidth: 4,
  },
};

/** Slide size (LAYOUT_WIDE, inches) and margins. */
export const W = 13.333;
export const MARGIN = 0.5;
export const INNER = W - 2 * MARGIN;
export const SLIDE_H = 7.5;

/** The accent stripe along a slide's top edge. */
export function accentBar(slide: PptxGenJS.Slide, t: Template) {
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: W,
    h: t.bold ? 0.16 : 0.1,
    fill: { color: t.accent },
    line: { color: t.accent },
  });
}
