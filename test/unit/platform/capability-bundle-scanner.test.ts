import { scanBundleFile } from '../../integration/weapp/capability-bundle-scanner';

const root = '/project';
const apis = (code: string) => scanBundleFile('packages/x.js', code, null, root).map((ref) => ref.api);

describe('the bundle scanner (DOTTED and COMPUTED on the code mask)', () => {
  it('reads a minified catalog key or action name with a dot as text, not as a call', () => {
    const catalog =
      'var m={"oidc.authorize":"授权第三方服务登录","media.chooseImage":"选择图片"},' +
      "n={action:'x.getLocation'},o=`请允许 a.chooseMedia`;";
    expect(apis(catalog)).toEqual([]);
  });

  it('still finds the call after such a string, in a template and through a computed key', () => {
    const code =
      'var m={"oidc.authorize":"授权"};r.U.chooseImage({}),t=`${wx.getLocation({})}`,wx["makePhoneCall"]({});';
    expect(apis(code)).toEqual(['chooseImage', 'getLocation', 'makePhoneCall']);
  });
});
