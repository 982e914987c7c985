// README.txt of an evidence pack: how to check it, for whoever receives it. Pure.

export const packReadme = (keyId: string) => `Keyproof evidence pack

manifest.json  what this pack holds: every file's SHA-256 and size, the readiness decision, gate
               sign-offs with their fingerprints, findings, exceptions and the audit chain head.
manifest.sig   Ed25519 signature (base64) over the exact bytes of manifest.json, by key ${keyId}.
report.pdf     the readiness report.
evidence/      the evidence files, named <evidence id>-<file name>.
README.txt     this file (also listed, with its hash, in the manifest).

To verify, from a Keyproof checkout (Node.js 20 or later, after npm install):

  npm run verify-pack -- <this-file.zip> --public-key <keyproof-signing-key.pem>

It checks the signature, then recomputes the SHA-256 and size of every listed file, and names any file
that is altered, missing or not listed. The public key is also inside the manifest, but a forger could
replace both: compare it with the key your Keyproof administrator published (--public-key or --key).
`
