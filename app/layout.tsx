import type { Metadata } from 'next'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Keyproof', template: '%s · Keyproof' },
  description: 'Encryption-key-ownership readiness reviews for Kafka platforms',
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }] },
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  )
}
