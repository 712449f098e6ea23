// The registry of carebar's own checks, in the order they run. The keyboard walk and the reflow
// check move focus and resize the viewport, so they run after the checks that only read the page.
import { carebarElder } from './carebar-elder.js';
import { contentScope } from './content-scope.js';
import { elderCaptcha } from './elder-captcha.js';
import { elderContrast } from './elder-contrast.js';
import { elderKeys } from './elder-keys.js';
import { elderNoAds } from './elder-noads.js';
import { elderReflow } from './elder-reflow.js';
import { elderSpacing } from './elder-spacing.js';
import { elderTarget } from './elder-target.js';
import { elderText } from './elder-text.js';
import { elderToolbar } from './elder-toolbar.js';
import { elderZone } from './elder-zone.js';
import { govFindError } from './gov-finderror.js';
import { govIdentity } from './gov-identity.js';
import { govLinks } from './gov-links.js';
import { govReach } from './gov-reach.js';
import type { Check } from './types.js';

export const CHECKS: readonly Check[] = [
  govReach,
  carebarElder,
  elderText,
  elderSpacing,
  elderContrast,
  elderTarget,
  elderNoAds,
  elderCaptcha,
  elderToolbar,
  elderZone,
  govIdentity,
  govFindError,
  govLinks,
  contentScope,
  elderKeys,
  elderReflow,
];
