/**
 * Whether a box fixed in the viewport is a floating ad or pop-up (飘窗): what elder mode hides, and what the
 * auditor's ELDER-NOADS judges, so that the two never disagree. Not an ad:
 * - what no visitor sees: smaller than a button's size, or out of view (a menu that slides in, a frame
 *   moved off-screen);
 * - a bar across the page: the site's header or footer;
 * - the site's navigation, dialogs and forms (a login), and windows a visitor must answer (consent,
 *   privacy, login), which hiding would leave the visitor stuck;
 * - a column of the site's own links: a quick-link rail (快捷导航) at the side of the page.
 *
 * It uses nothing from outside its body: the auditor sends its source into the pages it audits.
 */
export function isFloatingAd(el: HTMLElement): boolean {
  const MIN_PX = 80;
  const KEEP = 'header,nav,[role=banner],[role=navigation],dialog,[role=dialog],[role=alertdialog],[aria-modal=true]';
  const KEEP_INSIDE = `${KEEP},input:not([type=hidden]),select,textarea`;
  const NEEDED = /cookie|consent|隐私|同意|登录|注册|log ?in|sign ?in/i;
  const RAIL_LINKS = 3;

  const { width, height, top, right, bottom, left } = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (!view || width < MIN_PX || height < MIN_PX) return false;
  if (bottom <= 0 || right <= 0 || top >= view.innerHeight || left >= view.innerWidth) return false;
  if (width >= view.innerWidth * 0.9 && height <= view.innerHeight * 0.25) return false;
  if (el.closest(KEEP) || el.querySelector(KEEP_INSIDE) || el.contains(el.ownerDocument.activeElement)) return false;
  if (NEEDED.test(el.textContent ?? '')) return false;
  const links = [...el.querySelectorAll('a[href]')] as HTMLAnchorElement[];
  const ownSite = links.length >= RAIL_LINKS && links.every((link) => link.host === view.location.host);
  return !(ownSite && height > width);
}
