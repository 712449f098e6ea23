import type { ReadingTranslation } from './types.js';

/** 繁體中文: the strings of the views, reading aloud and the caption. */
export const zhTWReading: ReadingTranslation = {
  viewBack: '返回原頁面',
  readLink: '連結：{name}',
  readImage: '圖片：{name}',
  readButton: '按鈕：{name}',
  readField: '輸入框：{name}',
  readerControls: '朗讀控制',
  play: '朗讀',
  pause: '暫停',
  resume: '繼續',
  stop: '停止',
  previousBlock: '上一段',
  nextBlock: '下一段',
  rate: '語速',
  rateValue: '{value} 倍',
  volume: '音量',
  voice: '聲音',
  voicesLoading: '正在尋找語音…',
  noVoice: '本瀏覽器沒有中文語音，無法朗讀。大字幕仍可使用。',
  reading: '正在朗讀',
  paused: '已暫停',
  readyToPlay: '連讀已就緒，按「朗讀」開始',
  clickToRead: '點擊頁面文字，從該處開始朗讀',
};
