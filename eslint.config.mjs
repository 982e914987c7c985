// Lint for the whole repository. Besides the usual rules it keeps the layout honest (DESIGN §8, STYLE 1–4):
// nothing outside app/ imports app/; only the DAL, auth, storage, the seed, scripts, benchmarks and tests
// import the Prisma client; the pure domain code imports no framework, database or clock.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import nextPlugin from '@next/eslint-plugin-next'

const APP_IMPORTS = {
  group: ['@/app', '@/app/*', '**/app/*', '../app/*', '../../app/*'],
  message: 'Only app/ imports app/: move what two routes share to components/ or lib/.',
}
const DB_IMPORTS = {
  group: ['@/lib/db', '**/lib/db', '@/lib/generated/prisma/client'],
  allowTypeImports: true,
  message: 'Only lib/dal, lib/auth, lib/storage, the seed, scripts and tests use the database: go through lib/dal.',
}
// Pure code: the domain, the rules, and the parsers/builders for configuration, scanners and interchange.
const PURE = [
  'lib/domain/**',
  'lib/rules/**',
  'lib/config-import/**',
  'lib/scanners/**',
  'lib/interchange/**',
  'lib/fields/**',
]
const IMPURE_IMPORTS = {
  group: [
    'next',
    'next/*',
    'react',
    'react-dom',
    'react/*',
    'server-only',
    'pg',
    '@prisma/*',
    '@/lib/generated/*',
    '@/lib/dal/*',
    '@/lib/auth/*',
    '@/lib/storage/*',
    '@/lib/db',
    'fs',
    'node:fs',
    'node:fs/*',
    'node:net',
    'node:http',
    'node:child_process',
  ],
  message: 'Pure domain code imports no framework, database or I/O (pass data and `now` in).',
}
const CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Pure code takes `now` as an argument.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Pure code takes `now` as an argument.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'lib/generated/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  {
    files: ['app/**', 'components/**'],
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        globalThis: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        FormData: 'readonly',
        crypto: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [APP_IMPORTS, DB_IMPORTS] }],
    },
  },
  // The product's source stays within the formatter's width: Prettier wraps code but not strings or comments,
  // so this catches what it leaves long (a message, a class list, a comment). Tests and scripts: Prettier only.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/generated/**'],
    rules: { 'max-len': ['error', { code: 120, tabWidth: 2 }] },
  },
  {
    files: ['app/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DB_IMPORTS] }] },
  },
  {
    files: [
      'lib/db.ts',
      'lib/dal/**',
      'lib/auth/**',
      'lib/storage/**',
      'lib/audit/**',
      'lib/seed/**',
      'prisma/**',
      'scripts/**',
      'bench/**',
      'tests/**',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [APP_IMPORTS] }] },
  },
  {
    files: PURE,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [APP_IMPORTS, IMPURE_IMPORTS] }],
      'no-restricted-syntax': ['error', ...CLOCK],
    },
  },
  {
    // Scripts, benchmarks and tests poke at raw JSON and driver internals on purpose.
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'bench/**', 'tests/**', '*.config.*', 'prisma.config.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
)
