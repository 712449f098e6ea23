import type { ReadingTranslation } from './types.js';

/** 简体中文: the strings of the views, reading aloud and the caption. */
export const zhCNReading: ReadingTranslation = {
  viewBack: '返回原页面',
  readLink: '链接：{name}',
  readImage: '图片：{name}',
  readButton: '按钮：{name}',
  readField: '输入框：{name}',
  readerControls: '朗读控制',
  play: '朗读',
  pause: '暂停',
  resume: '继续',
  stop: '停止',
  previousBlock: '上一段',
  nextBlock: '下一段',
  rate: '语速',
  rateValue: '{value} 倍',
  volume: '音量',
  voice: '声音',
  voicesLoading: '正在查找语音…',
  noVoice: '本浏览器没有中文语音，无法朗读。大字幕仍可使用。',
  reading: '正在朗读',
  paused: '已暂停',
  readyToPlay: '连读已就绪，按“朗读”开始',
  clickToRead: '点击页面文字，从该处开始朗读',
};
