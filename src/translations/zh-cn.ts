import type { ElementTranslation, LauncherTranslation, ToolbarTranslation } from './types.js';

/** 简体中文, the default: the launcher (the drop-in's eager part). */
export const zhCN: LauncherTranslation = {
  lang: 'zh-CN',
  launcher: '无障碍',
  partFailed: '部分功能未能加载，其他功能仍可使用。请检查网络后刷新页面重试。',
  dismiss: '关闭提示',
};


/** 简体中文, the default: the toolbar's bar and panels. */
export const zhCNToolbar: ToolbarTranslation = {
  zone: '长者专区',
  toolbar: '无障碍工具条',
  close: '关闭工具条',
  reset: '重置',
  help: '帮助',
  helpTitle: '无障碍工具条帮助',
  shortcuts: '快捷键',
  focusToolbar: '进入工具条',
  arrowKeys: '左右方向键在按钮间移动，Esc 关闭面板；朗读时 Esc 停止朗读',
  decrease: '{name}缩小',
  increase: '{name}放大',
  on: '{name}已开启',
  off: '{name}已关闭',
  changed: '{name}：{value}',
  resetDone: '已恢复默认设置',
  more: '更多',
  exitElder: '退出老年人模式',
  allFeatures: '全部功能',
  features: {
    view: '页面视图',
    color: '配色',
    guide: '辅助线',
    zoom: '页面缩放',
    text: '文字大小',
    cursor: '大鼠标',
    spacing: '大字间距',
    ui: '大界面',
    read: '读屏',
    caption: '大字幕',
    elder: '老年人模式',
    links: '链接高亮',
    headings: '标题高亮',
    focus: '焦点强化',
    motion: '停止动画',
    images: '隐藏图片',
  },
  values: {
    // 页面视图 (view)
    page: '原页面',
    reading: '阅读视图',
    text: '纯文本',
    off: '关闭',
    point: '指读',
    continuous: '连读',
    on: '开启',
    large: '特大',
    pinyin: '拼音',
    // 配色 (color), 大鼠标 (cursor), 辅助线 (guide)
    original: '原始配色',
    'white-black': '白底黑字',
    'black-yellow': '黑底黄字',
    'blue-yellow': '蓝底黄字',
    'yellow-black': '黄底黑字',
    'high-contrast': '高对比度',
    grayscale: '灰度',
    'low-saturation': '低饱和度',
    black: '黑色',
    white: '白色',
    'black-large': '黑色特大',
    'white-large': '白色特大',
    crosshair: '十字线',
    mask: '阅读遮罩',
  },
};

/** The strings of carebar's elements: the launcher's and the toolbar's. */
export const elements: ElementTranslation = { ...zhCN, ...zhCNToolbar };
