import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { captionBarStyles } from './caption-bar.styles.js';

type ToPinyin = typeof import('pinyin-pro').pinyin;

/** Lines of text the bar holds; longer text is cut with an ellipsis (the reader moves on in short utterances). */
const LINES = 2;
const PADDING = 12;
const BORDER = 4;

/** Line height: taller with pinyin, whose ruby line sits above the characters. */
const lineHeight = (pinyin: boolean) => (pinyin ? 1.9 : 1.3);

/** The bar's height in px, which the page reserves at its bottom so that the bar never hides content. */
export function captionHeight(size: number, pinyin: boolean): number {
  return Math.ceil(size * lineHeight(pinyin) * LINES + 2 * PADDING + BORDER);
}

/**
 * @summary 大字幕: a bar fixed at the bottom of the viewport showing, in very large type, the text under the pointer or focus.
 *
 * It is `aria-hidden`, because it only repeats the page for sighted users, and it lives in the top
 * layer, out of the page's zoom and colour filters.
 *
 * @cssproperty --care-caption-bg - Background (black).
 * @cssproperty --care-caption-fg - Text colour (white).
 * @cssproperty --care-caption-accent - The top border and the pinyin line (yellow).
 */
export class CareCaptionBar extends LitElement {
  static override styles = [captionBarStyles];

  /** The text shown. */
  @property() text = '';

  /** Type size in px: at least 40. */
  @property({ type: Number }) size = 40;

  /** Whether a 拼音 line is shown above the characters (pinyin-pro, loaded on first use). */
  @property({ type: Boolean }) pinyin = false;

  @state() private toPinyin?: ToPinyin;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
    // The top layer keeps the bar above every stacking context of the page and out of its filters.
    if ('showPopover' in this) {
      this.popover = 'manual';
      this.showPopover();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size') || changed.has('pinyin')) {
      this.style.setProperty('--care-caption-size', `${this.size}px`);
      this.style.setProperty('--care-caption-line', String(lineHeight(this.pinyin)));
      this.style.setProperty('--care-caption-height', `${captionHeight(this.size, this.pinyin)}px`);
    }
    if (changed.has('pinyin') && this.pinyin && !this.toPinyin) {
      // A chunk of its own (its dictionary is most of carebar's bytes), loaded on first use.
      import('pinyin-pro').then(
        (module) => (this.toPinyin = module.pinyin),
        (error: unknown) => console.warn('carebar: the pinyin line could not be loaded', error),
      );
    }
  }

  protected override render(): TemplateResult {
    return html`<p>${this.pinyin && this.toPinyin ? this.renderPinyin(this.toPinyin) : this.text}</p>`;
  }

  /** Each character with its pinyin above it, as ruby; other text as it is. */
  private renderPinyin(toPinyin: ToPinyin): Array<TemplateResult | string> {
    return toPinyin(this.text, { type: 'all' }).map(({ origin, pinyin, isZh }) => (isZh ? html`<ruby>${origin}<rt>${pinyin}</rt></ruby>` : origin));
  }
}
