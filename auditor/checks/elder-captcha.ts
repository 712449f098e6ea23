import { MAX_NODES, type Check } from './types.js';

const PATTERNS = {
  /** How a CAPTCHA image or its input names itself (src, id, class, name, alt or placeholder). */
  captcha: 'captcha|verifycode|verify_code|checkcode|validatecode|vcode|yzm|验证码',
  /** A non-visual alternative: an audio or voice CAPTCHA. */
  alternative: '语音|听|audio|voice',
};

export const elderCaptcha: Check<'none' | 'noAlternative' | 'enlarge'> = {
  id: 'elder-captcha',
  requirements: ['ELDER-CAPTCHA'],
  wcag: ['1.1.1'],
  appliesTo: 'every',
  impact: 'serious',
  guide: {
    'zh-CN': { rule: '图形验证码应提供非视觉的替代方式（如语音），且图片可放大至少 2 倍（适老化通用设计规范）。', fix: '为图形验证码提供语音验证码或短信验证等替代方式，并允许放大验证码图片；能去掉验证码时最好去掉。' },
    en: { rule: 'A graphic CAPTCHA needs a non-visual alternative, such as audio, and an image that can be enlarged at least 2× (MIIT age-friendly rules).', fix: 'Offer an audio or SMS alternative to the graphic CAPTCHA and let its image be enlarged; drop the CAPTCHA where you can.' },
  },
  messages: {
    'zh-CN': {
      none: '页面上没有图形验证码。',
      noAlternative: '{count} 个图形验证码没有语音等非视觉的替代方式。',
      enlarge: '图形验证码有非视觉的替代方式；请人工确认验证码图片可以放大到至少 2 倍。',
    },
    en: {
      none: 'The page has no graphic CAPTCHA.',
      noAlternative: '{count} graphic CAPTCHAs have no non-visual alternative, such as audio.',
      enlarge: 'The graphic CAPTCHA has a non-visual alternative; check by hand that its image can be enlarged at least 2×.',
    },
  },
  async evaluate({ page }) {
    const { captchas, hasAlternative } = await page.evaluate((patterns, maxNodes) => {
      const probe = window.__carebarProbe;
      const captcha = new RegExp(patterns.captcha, 'i');
      const names = (el: Element) => ['src', 'id', 'class', 'name', 'alt', 'title'].map((a) => el.getAttribute(a) ?? '').join(' ');
      const images = [...document.querySelectorAll('img, canvas')].filter((el) => probe.visible(el) && captcha.test(names(el)));
      const alternative = new RegExp(patterns.alternative, 'i');
      const offersAudio =
        document.querySelector('audio') !== null || probe.targets().some((el) => alternative.test(probe.label(el)) && captcha.test(`${probe.label(el)} ${names(el)}`));
      return { captchas: images.slice(0, maxNodes).map(probe.node), hasAlternative: offersAudio };
    }, PATTERNS, MAX_NODES);
    if (!captchas.length) return { outcome: 'pass', key: 'none' };
    if (!hasAlternative) return { outcome: 'fail', key: 'noAlternative', params: { count: captchas.length }, nodes: captchas };
    return { outcome: 'review', key: 'enlarge', nodes: captchas };
  },
};
