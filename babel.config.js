// Taro compiles src/ with this; Jest uses @swc/jest instead (see jest.config.js).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
