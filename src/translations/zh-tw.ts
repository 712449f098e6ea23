import type { ElementTranslation, LauncherTranslation, ToolbarTranslation } from './types.js';

/** 繁體中文: the launcher (the drop-in's eager part). */
export const zhTW: LauncherTranslation = {
  lang: 'zh-TW',
  launcher: '無障礙',
  partFailed: '部分功能未能載入，其他功能仍可使用。請檢查網路後重新整理頁面再試。',
  dismiss: '關閉提示',
};


/** 繁體中文: the toolbar's bar and panels. */
export const zhTWToolbar: ToolbarTranslation = {
  zone: '長者專區',
  toolbar: '無障礙工具列',
  close: '關閉工具列',
  reset: '重設',
  help: '說明',
  helpTitle: '無障礙工具列說明',
  shortcuts: '快速鍵',
  focusToolbar: '進入工具列',
  arrowKeys: '左右方向鍵在按鈕間移動，Esc 關閉面板；朗讀時 Esc 停止朗讀',
  decrease: '{name}縮小',
  increase: '{name}放大',
  on: '{name}已開啟',
  off: '{name}已關閉',
  changed: '{name}：{value}',
  resetDone: '已恢復預設設定',
  more: '更多',
  exitElder: '退出長者模式',
  allFeatures: '全部功能',
  features: {
    view: '頁面檢視',
    color: '配色',
    guide: '輔助線',
    zoom: '頁面縮放',
    text: '文字大小',
    cursor: '大滑鼠',
    spacing: '大字間距',
    ui: '大介面',
    read: '讀屏',
    caption: '大字幕',
    elder: '長者模式',
    links: '連結醒目',
    headings: '標題醒目',
    focus: '焦點強化',
    motion: '停止動畫',
    images: '隱藏圖片',
  },
  values: {
    // 頁面檢視 (view)
    page: '原頁面',
    reading: '閱讀檢視',
    text: '純文字',
    off: '關閉',
    point: '指讀',
    continuous: '連讀',
    on: '開啟',
    large: '特大',
    pinyin: '拼音',
    // 配色 (color), 大滑鼠 (cursor), 輔助線 (guide)
    original: '原始配色',
    'white-black': '白底黑字',
    'black-yellow': '黑底黃字',
    'blue-yellow': '藍底黃字',
    'yellow-black': '黃底黑字',
    'high-contrast': '高對比度',
    grayscale: '灰階',
    'low-saturation': '低飽和度',
    black: '黑色',
    white: '白色',
    'black-large': '黑色特大',
    'white-large': '白色特大',
    crosshair: '十字線',
    mask: '閱讀遮罩',
  },
};

/** The strings of carebar's elements: the launcher's and the toolbar's. */
export const elements: ElementTranslation = { ...zhTW, ...zhTWToolbar };
