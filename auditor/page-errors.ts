// Why a page could not be audited: a stable code for tools, and a message for people in the report's
// language. Chromium's own net::ERR_* codes are kept as they are, so that they can be looked up.
import { TimeoutError } from 'puppeteer-core';
import { formatMessage, type Messages } from './checks/types.js';
import type { ActionError } from './page/actions.js';
import type { Lang, PageError } from './types.js';

type Key = 'invalidUrl' | 'http' | 'notHtml' | 'timeout' | 'waitFor' | 'action' | 'dns' | 'refused' | 'redirects' | 'tls' | 'crash' | 'other';

const MESSAGES: Messages<Key> = {
  'zh-CN': {
    invalidUrl: '“{input}”既不是可以审计的网址（http://、https://、file://），也不是存在的文件。',
    http: '服务器返回了错误 HTTP {status}{statusText}。',
    notHtml: '这个地址返回的是 {type}，不是网页，无法审计。',
    timeout: '页面在 {seconds} 秒内没有加载完成。',
    waitFor: '“{selector}”在 {seconds} 秒内没有出现。',
    action: '第 {step} 步操作（{action}）未能完成，页面没有审计：{reason}',
    dns: '找不到这个网站：域名无法解析（{code}）。',
    refused: '服务器拒绝了连接：这个地址和端口上没有网站在运行（{code}）。',
    redirects: '页面不断重定向，无法打开（重定向循环，{code}）。',
    tls: '网站的 HTTPS 证书或加密连接不可信（{code}），浏览器拒绝打开。',
    crash: '浏览器标签页在审计这个页面时崩溃了；崩溃前得到的结果已保留。',
    other: '页面无法打开（{code}）：{detail}',
  },
  en: {
    invalidUrl: '"{input}" is neither a URL that can be audited (http://, https://, file://) nor an existing file.',
    http: 'The server answered with an error, HTTP {status}{statusText}.',
    notHtml: 'This address returns {type}, not a web page, so it cannot be audited.',
    timeout: 'The page did not finish loading within {seconds} s.',
    waitFor: '"{selector}" did not appear within {seconds} s.',
    action: 'Step {step} of the actions ({action}) could not be done, so the page was not audited: {reason}',
    dns: 'The site cannot be found: its domain name does not resolve ({code}).',
    refused: 'The server refused the connection: nothing runs at this address and port ({code}).',
    redirects: 'The page keeps redirecting and never opens (a redirect loop, {code}).',
    tls: "The site's HTTPS certificate or encrypted connection is not trusted ({code}); the browser refused to open it.",
    crash: 'The browser tab crashed while this page was audited; the results found before the crash are kept.',
    other: 'The page could not be opened ({code}): {detail}',
  },
};

const error = (code: string, key: Key, lang: Lang, params: Record<string, string | number> = {}): PageError => ({
  code,
  message: formatMessage(MESSAGES[lang][key], { code, ...params }),
});

/** Chromium's network error codes that people meet most, by the message that explains them. */
const NET_KEYS: Array<[RegExp, Key]> = [
  [/^ERR_NAME_(NOT_RESOLVED|RESOLUTION_FAILED)$/, 'dns'],
  [/^ERR_CONNECTION_(REFUSED|RESET|CLOSED)$|^ERR_ADDRESS_UNREACHABLE$/, 'refused'],
  [/^ERR_TOO_MANY_REDIRECTS$/, 'redirects'],
  [/^ERR_(CERT_|SSL_)/, 'tls'],
];

export const pageErrors = {
  invalidUrl: (input: string, lang: Lang) => error('ERR_INVALID_URL', 'invalidUrl', lang, { input }),
  http: (status: number, statusText: string, lang: Lang) =>
    error(`ERR_HTTP_${status}`, 'http', lang, { status, statusText: statusText ? ` ${statusText}` : '' }),
  notHtml: (type: string, lang: Lang) => error('ERR_NOT_HTML', 'notHtml', lang, { type }),
  waitFor: (selector: string, ms: number, lang: Lang) => error('ERR_WAIT_FOR', 'waitFor', lang, { selector, seconds: ms / 1000 }),
  crash: (lang: Lang) => error('ERR_PAGE_CRASHED', 'crash', lang),
  action: ({ step, action, reason }: ActionError, lang: Lang) => error('ERR_ACTION', 'action', lang, { step, action, reason }),
  /** What `page.goto()` threw, as a page error. */
  navigation(thrown: unknown, ms: number, lang: Lang): PageError {
    if (thrown instanceof TimeoutError) return error('ERR_TIMEOUT', 'timeout', lang, { seconds: ms / 1000 });
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    const code = /net::(ERR_[A-Z_]+)/.exec(detail)?.[1] ?? 'ERR_NAVIGATION';
    return error(code, NET_KEYS.find(([pattern]) => pattern.test(code))?.[1] ?? 'other', lang, { detail });
  },
};
