import { View } from '@tarojs/components';

export interface FileRow {
  uploadId: string;
  name: string;
  size: number;
}

function sizeText(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Uploaded files with their size; a remove action while the form is still open. */
export function FileList({
  files,
  removeLabel,
  onRemove,
}: {
  files: readonly FileRow[];
  removeLabel?: string;
  onRemove?: (uploadId: string) => void;
}) {
  return (
    <View className="file-list">
      {files.map((file) => (
        <View key={file.uploadId} className="svc__file file-list__file">
          <View className="file-list__name">
            {file.name} · {sizeText(file.size)}
          </View>
          {onRemove && (
            <View className="svc__link qyb-tap file-list__remove" role="button" onClick={() => onRemove(file.uploadId)}>
              {removeLabel}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
