import { caption } from './caption.js';
import { elder } from './elder.js';
import { read } from './read.js';
import { text } from './text.js';
import type { ToolbarFeature } from './types.js';

export type { FeatureId, FeatureValue, ToolbarFeature } from './types.js';

/** Every toolbar feature, in the order the toolbar shows them. */
export const features: readonly ToolbarFeature[] = [text, read, caption, elder];
