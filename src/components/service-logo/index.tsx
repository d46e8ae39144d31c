import { Image, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import './index.css';

/** The first character of a name (a whole character, not half of a surrogate pair), for the tile. */
export const monogramOf = (name: string): string => Array.from(name.trim())[0] ?? '·';

/**
 * A registered service's logo, from a short-lived link to our own storage (never the service's
 * server), labelled with the service's name. Without a logo, or when it fails to load, a neutral
 * tile with the name's first character: never a broken image.
 */
export function ServiceLogo({ name, url, className = '' }: { name: string; url: string | null; className?: string }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [url]);
  if (url && !failed)
    return (
      <Image
        className={`service-logo service-logo--image ${className}`}
        src={url}
        mode="aspectFill"
        aria-label={name}
        // The browser build draws an <img> inside the component: its alt carries the same name.
        nativeProps={{ alt: name }}
        onError={() => setFailed(true)}
      />
    );
  return (
    <View className={`service-logo service-logo--monogram ${className}`} role="img" aria-label={name}>
      {monogramOf(name)}
    </View>
  );
}
