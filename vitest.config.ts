import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // A bound for a test that hangs, not a speed check: npm test runs these beside lint and the type
      // check on two cores, where a component's first mount (compiling its imports) took over 5 s.
      testTimeout: 30_000,
      // Worker threads rather than child processes: 37-39 s against 41-44 s for the whole run here.
      pool: 'threads',
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/unit/setup.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'components',
            include: ['tests/components/**/*.test.ts'],
            environment: 'happy-dom',
            setupFiles: ['tests/components/setup.ts'],
          },
        },
      ],
    },
  }),
)
