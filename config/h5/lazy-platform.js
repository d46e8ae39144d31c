/**
 * The H5 build's stand-in for the `platform` package (config/index.ts). Taro's H5 getDeviceInfo and
 * getSystemInfoSync read it, and it parses the user agent against hundreds of patterns the moment it
 * loads: at app start, before the first screen (issue 18: 30–130 ms at a 4× CPU throttle), though
 * only a consent record (src/platform/device.ts) asks. Here it loads on the first read: same values.
 */
var real;

function load() {
  if (!real) real = require('platform/platform.js');
  return real;
}

module.exports = {
  get manufacturer() {
    return load().manufacturer;
  },
  get product() {
    return load().product;
  },
  get os() {
    return load().os;
  },
  get name() {
    return load().name;
  },
  get version() {
    return load().version;
  },
  get description() {
    return load().description;
  },
  get ua() {
    return load().ua;
  },
  parse: function (ua) {
    return load().parse(ua);
  },
};
