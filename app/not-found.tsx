import Link from 'next/link'

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page or item does not exist, or it is not in your organization.</p>
      <Link href="/" className="mt-4 inline-block text-sky-700 underline">
        Back to Keyproof
      </Link>
    </main>
  )
}
