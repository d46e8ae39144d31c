import Taro from '@tarojs/taro';
import type { UploadTransport } from './upload-transport';
import { initCloud } from './weapp-transport';

/**
 * Uploads as the person, into the mini-program's cloud storage. Its own module so that only the
 * subpackages that upload carry it.
 */
export const weappUploadTransport: UploadTransport = {
  async upload(cloudPath, filePath) {
    initCloud();
    const response = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return response.fileID;
  },
};
