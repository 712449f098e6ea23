// carebar never downloads a browser: it uses the system's Chrome or Chromium
// (CHROME_PATH, then the usual install paths). See scripts/ensure-chrome.sh.
module.exports = { skipDownload: true };
