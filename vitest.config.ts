import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
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
