import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';

/**
 * Its text is Chinese, as the app's first text is: laying out CJK text (font fallback, shaping) costs
 * a first launch ~60 ms more at a 4× CPU throttle than "Hello world" (25 interleaved launches each,
 * 835 vs 772 ms median), a cost of the language, not of the code the bench compares.
 */
export default function Index() {
  const [taps, setTaps] = useState(0);
  return (
    <View>
      <Text>你好，世界</Text>
      <Button className="bench-ready" onClick={() => setTaps(taps + 1)}>
        {taps}
      </Button>
    </View>
  );
}
