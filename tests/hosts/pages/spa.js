// A framework-style single-page app: every route change replaces the whole <body>,
// rewrites <html>'s class and title, and moves through history.pushState.
const routes = {
  '/spa.html': {
    title: '一网通办 - 首页',
    heading: '热门服务',
    items: [['社保查询', '查询个人社保缴纳记录'], ['公积金提取', '在线申请住房公积金提取'], ['不动产登记', '预约不动产登记业务']],
  },
  '/spa.html/news': {
    title: '一网通办 - 政策解读',
    heading: '政策解读',
    items: [['养老服务补贴', '八十周岁以上老年人可申领'], ['医保异地就医', '备案后可直接结算']],
  },
};

const element = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function render() {
  const route = routes[location.pathname] ?? routes['/spa.html'];
  document.title = route.title;
  document.documentElement.className = location.pathname.endsWith('/news') ? 'route-news' : 'route-home';
  const link = (href, text) => {
    const a = element('a', { href, textContent: text });
    if (href === location.pathname) a.setAttribute('aria-current', 'page');
    return a;
  };
  document.body.replaceChildren(
    element('header', { className: 'app-header' }, element('strong', { textContent: '一网通办' }),
      element('nav', {}, link('/spa.html', '首页'), ' ', link('/spa.html/news', '政策解读'))),
    element('main', { className: 'app-main' }, element('h1', { textContent: route.heading }),
      element('ul', { className: 'cards' }, ...route.items.map(([name, text]) =>
        element('li', { className: 'card' }, element('h2', { textContent: name }), element('p', { textContent: text }),
          element('a', { href: '#apply', textContent: `办理${name}` }))))),
  );
}

document.addEventListener('click', (event) => {
  const a = event.target instanceof Element && event.target.closest('a[href^="/spa.html"]');
  if (!a) return;
  event.preventDefault();
  history.pushState(null, '', a.getAttribute('href'));
  render();
});
addEventListener('popstate', render);
render();
