import { caption } from './caption.js';
import { color } from './color.js';
import { cursor } from './cursor.js';
import { elder } from './elder.js';
import { focus } from './focus.js';
import { guide } from './guide.js';
import { headings } from './headings.js';
import { images } from './images.js';
import { links } from './links.js';
import { motion } from './motion.js';
import { read } from './read.js';
import { spacing } from './spacing.js';
import { text } from './text.js';
import { ui } from './ui.js';
import { view } from './view.js';
import { zoom } from './zoom.js';
import type { ToolbarFeature } from './types.js';

export type { FeatureId, FeatureValue, ToolbarFeature } from './types.js';

/** Every toolbar feature, in the order the toolbar shows them. */
export const features: readonly ToolbarFeature[] = [
  view, color, guide, zoom, text, cursor, spacing, ui, read, caption, elder, links, headings, focus, motion, images,
];
