/** Tests run on the TypeScript sources through SWC; franc-min and its helpers are ESM-only, so they are transformed too. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(franc-min|trigram-utils|n-gram|collapse-white-space)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};
