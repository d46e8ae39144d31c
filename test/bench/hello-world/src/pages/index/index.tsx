import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';

export default function Index() {
  const [taps, setTaps] = useState(0);
  return (
    <View>
      <Text>Hello world</Text>
      <Button className="bench-ready" onClick={() => setTaps(taps + 1)}>
        {taps}
      </Button>
    </View>
  );
}
