// The public surface of the pptx feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { downloadPptx } from './download-pptx';
export { PptxButton } from './pptx-button';
export { pptxText } from './pptx-text';
export { slideSpeakerNotes, sourceSuffix, type SpeakerNotes } from './model/speaker-notes';
