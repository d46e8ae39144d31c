import Taro from '@tarojs/taro';

/**
 * The entries of the wx table (wx-api.ts) that only something a person does reaches: a dialog, a
 * picker, a device capability, a file. None is called before the first screen, and each answers a
 * Promise. In the browser build this module and Taro's implementations behind it (its dialogs alone
 * ~25 KB) travel in a chunk of their own, loaded after the first paint (wx-api-on-demand-load.h5.ts;
 * issue 18); in WeChat they are called as they are. The network state stays in the entry: pages ask
 * for it as they open, and offline this chunk could not be fetched to answer.
 */
export const onDemandApi = {
  showToast: (option: Taro.showToast.Option) => Taro.showToast(option),
  showModal: (option: Taro.showModal.Option) => Taro.showModal(option),
  showActionSheet: (option: Taro.showActionSheet.Option) => Taro.showActionSheet(option),
  getSetting: (option?: Taro.getSetting.Option) => Taro.getSetting(option),
  authorize: (option: Taro.authorize.Option) => Taro.authorize(option),
  openSetting: (option?: Taro.openSetting.Option) => Taro.openSetting(option),
  openAppAuthorizeSetting: (option: Taro.openAppAuthorizeSetting.Option) => Taro.openAppAuthorizeSetting(option),
  getLocation: (option: Taro.getLocation.Option) => Taro.getLocation(option),
  chooseLocation: (option: Taro.chooseLocation.Option) => Taro.chooseLocation(option),
  chooseMedia: (option: Taro.chooseMedia.Option) => Taro.chooseMedia(option),
  chooseMessageFile: (option: Taro.chooseMessageFile.Option) => Taro.chooseMessageFile(option),
  makePhoneCall: (option: Taro.makePhoneCall.Option) => Taro.makePhoneCall(option),
  requestSubscribeMessage: (option: Taro.requestSubscribeMessage.Option) => Taro.requestSubscribeMessage(option),
  navigateBackMiniProgram: (option: Taro.navigateBackMiniProgram.Option) => Taro.navigateBackMiniProgram(option),
  setClipboardData: (option: Taro.setClipboardData.Option) => Taro.setClipboardData(option),
  getPrivacySetting: (option: Taro.getPrivacySetting.Option) => Taro.getPrivacySetting(option),
  scanCode: (option: Taro.scanCode.Option) => Taro.scanCode(option),
  downloadFile: (option: Taro.downloadFile.Option) => Taro.downloadFile(option),
  openDocument: (option: Taro.openDocument.Option) => Taro.openDocument(option),
};

export type OnDemandApi = typeof onDemandApi;
