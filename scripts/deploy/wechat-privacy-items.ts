/**
 * WeChat's 用户隐私保护指引 items and the APIs / scopes each one unlocks, from 小程序用户隐私保护指引
 * 内容介绍 (https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html;
 * "仅有在指引中声明所处理的用户信息，才可以调用平台提供的对应接口或组件。若未声明，对应接口或组件将直接禁用",
 * 小程序隐私协议开发指南 https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html).
 * Only the items whose APIs this app could reach are listed; an API the catalog names that maps to
 * none of them is simply not a privacy API (network type, phone call, subscription messages).
 */
export interface WechatPrivacyItem {
  /** The text of the item in the console, as it is ticked. */
  label: string;
  apis: readonly string[];
  scopes: readonly string[];
}

export const WECHAT_PRIVACY_ITEMS: readonly WechatPrivacyItem[] = [
  {
    label: '收集你的位置信息',
    apis: ['getLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'getFuzzyLocation'],
    scopes: ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation'],
  },
  { label: '收集你选择的位置信息', apis: ['chooseLocation', 'choosePoi'], scopes: [] },
  { label: '收集你的地址', apis: ['chooseAddress'], scopes: [] },
  { label: '收集你选中的照片或视频信息', apis: ['chooseImage', 'chooseMedia', 'chooseVideo'], scopes: [] },
  { label: '收集你选中的文件', apis: ['chooseMessageFile'], scopes: [] },
  { label: '访问你的麦克风', apis: ['startRecord', 'getRecorderManager', 'joinVoIPChat'], scopes: ['scope.record'] },
  { label: '访问你的摄像头', apis: ['createCameraContext', 'createVKSession'], scopes: ['scope.camera'] },
  { label: '访问你的蓝牙', apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'], scopes: ['scope.bluetooth'] },
  {
    label: '使用你的相册（仅写入）权限',
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    scopes: ['scope.writePhotosAlbum'],
  },
  { label: '收集你的剪切板', apis: ['getClipboardData', 'setClipboardData'], scopes: [] },
];
