import { html, LitElement, nothing, type TemplateResult, unsafeCSS } from 'lit';
import { property } from 'lit/decorators.js';
import { pageTranslation } from '../speech/language.js';
import type { Reader } from '../speech/reader.js';
import { RATES, VOLUMES } from '../speech/settings.js';
import { CONTROLS_CSS, THEME_CSS } from '../internal/theme.js';
import { format } from '../translations/index.js';
import type { Translation } from '../translations/types.js';
import { readerControlsStyles } from './reader-controls.styles.js';

/**
 * @summary The controls of 读屏, shown while it is on: play and pause, stop, previous and next block, speed, volume and voice.
 *
 * Every control is a native button or select, so all of it works from the keyboard, and Escape
 * stops reading and takes focus back to where it came from. The reader's state is shown and
 * announced in a status line, including when there is no voice for the language. Speed, volume
 * and voice are remembered for the site.
 *
 * @csspart button - Every button.
 */
export class CareReaderControls extends LitElement {
  static override styles = [unsafeCSS(THEME_CSS + CONTROLS_CSS), readerControlsStyles];

  /** The reader these controls drive. Set it before the element connects. */
  @property({ attribute: false }) reader!: Reader;

  /** `point` (指读) or `continuous` (连读): 连读 adds previous, next and a play button that starts from the current block. */
  @property() mode: 'point' | 'continuous' = 'point';

  private t!: Translation;
  private abort?: AbortController;
  /** What had focus before it came into the controls, for Escape to return to. */
  private focusOrigin?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.t = pageTranslation(this.ownerDocument);
    this.abort = new AbortController();
    this.reader.addEventListener('change', () => this.requestUpdate(), { signal: this.abort.signal });
    // The top layer: above the page, out of its zoom and colour filters.
    if ('showPopover' in this) {
      this.popover = 'manual';
      this.showPopover();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override render(): TemplateResult {
    const { t, reader } = this;
    const continuous = this.mode === 'continuous';
    const active = reader.status === 'speaking' || reader.status === 'paused';
    const hasVoice = reader.voices.length > 0;
    return html`<div class="controls" role="group" aria-label=${t.readerControls} lang=${t.lang} @focusin=${this.onFocusIn}
      @keydown=${this.onEscape}>
      <p class="status" role="status">${this.statusText()}</p>
      <div class="row">
        ${continuous ? html`<button part="button" @click=${() => reader.readFrom(reader.index - 1)}>${t.previousBlock}</button>` : nothing}
        ${continuous || active ? this.renderPlay() : nothing}
        ${continuous ? html`<button part="button" @click=${() => reader.readFrom(reader.index + 1)}>${t.nextBlock}</button>` : nothing}
        <button part="button" ?disabled=${!active} @click=${() => reader.stop()}>${t.stop}</button>
        ${hasVoice ? this.renderSettings() : nothing}
      </div>
      ${continuous ? html`<p class="hint">${t.clickToRead}</p>` : nothing}
    </div>`;
  }

  private renderPlay(): TemplateResult {
    const { t, reader } = this;
    if (reader.status === 'speaking') return html`<button part="button" @click=${() => reader.pause()}>${t.pause}</button>`;
    if (reader.status === 'paused') return html`<button part="button" @click=${() => reader.resume()}>${t.resume}</button>`;
    return html`<button part="button" @click=${() => reader.readFrom(reader.index)}>${t.play}</button>`;
  }

  private renderSettings(): TemplateResult {
    const { t, reader } = this;
    const { settings, voice } = reader;
    return html`
      <label>${t.rate}
        <select @change=${(event: Event) => settings.change('rate', Number(selected(event)))}>
          ${RATES.map((rate) => html`<option value=${rate} ?selected=${rate === settings.rate}>${format(t.rateValue, { value: String(rate) })}</option>`)}
        </select>
      </label>
      <label>${t.volume}
        <select @change=${(event: Event) => settings.change('volume', Number(selected(event)))}>
          ${VOLUMES.map((volume) => html`<option value=${volume} ?selected=${volume === settings.volume}>${volume * 100}%</option>`)}
        </select>
      </label>
      <label>${t.voice}
        <select @change=${(event: Event) => settings.change('voice', selected(event))}>
          ${reader.voices.map((option) => html`<option value=${option.id} ?selected=${option.id === voice?.id}>${option.name}</option>`)}
        </select>
      </label>`;
  }

  private statusText(): string {
    const { t } = this;
    const texts: Record<Reader['status'], string> = {
      loading: t.voicesLoading,
      'no-voice': t.noVoice,
      ready: t.readyToPlay,
      speaking: t.reading,
      paused: t.paused,
      idle: '',
    };
    return texts[this.reader.status];
  }

  private onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== this && !this.shadowRoot!.contains(from)) this.focusOrigin = from;
  };

  /** Escape stops reading and hands focus back: to where it came from, or out of the controls. */
  private onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation(); // not the page's: its own Escape handlers (a dialog's, say) stay out of it
    this.reader.stop();
    if (this.focusOrigin?.isConnected) this.focusOrigin.focus();
    else (this.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  };
}

function selected(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}
