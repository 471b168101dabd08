import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The layers (tests/architecture/layers.ts): site → domain ← cms. The site reaches the CMS only
// through Payload's Local API in site/data/read; the publisher runs the site's build as a process.
const crossing = (regex, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex, message, caseSensitive: true }] }],
})

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      '.astro/',
      'cms/.next/',
      'cms/payload-types.ts',
      'cms/migrations/',
      'cms/app/(payload)/admin/importMap.js',
      'site/.astro/',
      'test-results/',
      'playwright-report/',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` upstream.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['site/**/*.{ts,tsx,mjs,js}'],
    ignores: ['site/data/read/**'],
    rules: crossing(
      '^(@cms/|@payload-config$|(\\.\\./)+cms/)',
      'The site may not import the CMS: shared code belongs in domain/, content comes through site/data/read.',
    ),
  },
  {
    files: ['site/data/read/**'],
    rules: crossing(
      '^(@cms/|(\\.\\./)+cms/)',
      'The site reader opens the Local API with @payload-config and imports nothing else of the CMS.',
    ),
  },
  {
    files: ['cms/**/*.{ts,tsx,mjs,js}'],
    rules: crossing(
      '^(@site/|(\\.\\./)+site/)',
      'The CMS may not import the site (the publisher runs its build as a process): move shared code to domain/.',
    ),
  },
  {
    files: ['domain/**/*.{ts,tsx,mjs,js}'],
    rules: crossing(
      '^(@cms/|@site/|@payload-config$|(\\.\\./)+(cms|site)/|payload($|/)|@payloadcms/|astro|@astrojs/|next($|/)|react)',
      'domain/ is plain logic shared by the site and the CMS: it imports neither, nor their frameworks.',
    ),
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
