import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT || 3100)
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT || 3199)
// The background worker's liveness port (scripts/worker.ts): notifications need it running.
const WORKER_PORT = Number(process.env.E2E_WORKER_PORT || PORT + 1000)
const baseURL = `http://localhost:${PORT}`
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.data/playwright-output',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.data/playwright-results.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.KEYPROOF_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'e2e', testMatch: /.*\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: `node tests/support/oidc-server.mjs`,
      url: `http://localhost:${OIDC_PORT}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), OIDC_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc` },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
      url: `${baseURL}/signin`,
      env: {
        NEXTAUTH_URL: baseURL,
        OIDC_ISSUER: `http://localhost:${OIDC_PORT}`,
        OIDC_CLIENT_ID: 'keyproof-e2e',
        OIDC_CLIENT_SECRET: 'keyproof-e2e-secret',
        OIDC_NAME: 'Test IdP',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.scripts.json scripts/worker.ts',
      url: `http://127.0.0.1:${WORKER_PORT}/health`,
      env: { WORKER_HEALTH_PORT: String(WORKER_PORT), NEXTAUTH_URL: baseURL, WORKER_CONCURRENCY: '2' },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
