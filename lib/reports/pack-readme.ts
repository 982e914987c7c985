// README.txt of an evidence pack: how to check it, for whoever receives it, with Keyproof or with stock tools. Pure.

/**
 * Checking an unzipped pack with OpenSSL 3 and jq only, run line by line in the pack's folder (bash). A unit
 * test runs exactly these lines; each `openssl pkeyutl` prints "Signature Verified Successfully".
 */
export const OPENSSL_RECIPE = [
  '# 1. The manifest signature (better: use the public key your Keyproof administrator published)',
  'jq -r .signingKey.publicKeyPem manifest.json > pack-key.pem',
  'base64 -d manifest.sig > manifest.sig.bin',
  'openssl pkeyutl -verify -pubin -inkey pack-key.pem -rawin -in manifest.json -sigfile manifest.sig.bin',
  '# 2. Every listed file against its SHA-256 in the manifest (diff prints nothing when all match)',
  `jq -r '(.readme, .reportPdf, .auditChain.links, .auditChain.checkpoints, .files[]) | "\\(.sha256) ` +
    `*\\(.path)"' manifest.json | sort > expected.txt`,
  `jq -r '(.readme, .reportPdf, .auditChain.links, .auditChain.checkpoints, .files[]) | .path' manifest.json | ` +
    `while IFS= read -r f; do openssl dgst -sha256 -r "$f"; done | sort > actual.txt`,
  'diff expected.txt actual.txt',
  '# 3. A checkpoint (here line 1 of checkpoints.jsonl): signed is the line without "signature", RFC 8785 form',
  'jq -r .auditChain.checkpointKey.publicKeyPem manifest.json > checkpoint-key.pem',
  'sed -n 1p checkpoints.jsonl > checkpoint.json',
  "jq -cjS 'del(.signature)' checkpoint.json > checkpoint.msg",
  'jq -rj .signature checkpoint.json | base64 -d > checkpoint.sig',
  'openssl pkeyutl -verify -pubin -inkey checkpoint-key.pem -rawin -in checkpoint.msg -sigfile checkpoint.sig',
  '# 4. The chain still has the checkpointed hash at its seq (prints the same hash twice)',
  'jq -r .hash checkpoint.json',
  `jq -r --argjson s "$(jq .seq checkpoint.json)" 'select(.seq == $s) | .hash' audit-chain.jsonl`,
] as const

export const packReadme = (keyId: string, checkpointKeyId: string) => `Keyproof evidence pack

manifest.json      what this pack holds: every file's SHA-256 and size, the readiness decision, gate sign-offs
                   with their fingerprints, findings, exceptions and the audit chain head. RFC 8785 (JCS) canonical
                   JSON ("canonicalization": "JCS", "hashVersion": 2).
manifest.sig       Ed25519 signature (base64) over the exact bytes of manifest.json, by key ${keyId}.
report.pdf         the readiness report.
checkpoints.jsonl  signed checkpoints of the organization's audit chain head {seq, hash, at}, as kept outside the
                   database, one JSON line each, by key ${checkpointKeyId}.
audit-chain.jsonl  every link {seq, hash} of the organization's audit chain up to the head in the manifest.
evidence/          the evidence files, named <evidence id>-<file name>.
README.txt         this file (also listed, with its hash, in the manifest).

To verify, from a Keyproof checkout (Node.js 20 or later, after npm install):

  npm run verify-pack -- <this-file.zip> --public-key <keyproof-signing-key.pem> [--checkpoints <yours.jsonl>]

It checks the signature, recomputes the SHA-256 and size of every listed file, and names any file that is
altered, missing or not listed. It checks each checkpoint's signature and that the chain in the pack still
holds every checkpoint: "chain head seq 40 is behind checkpoint seq 52" means events were deleted; "checkpoint
seq 30 hash ... differs from the chain" means history was rewritten. Keep the checkpoints of earlier packs
(or the ones your administrator gives you) and pass them with --checkpoints: a forger who controls the
database cannot make a new pack agree with them. The public keys are also inside the manifest, but a forger
could replace them: compare them with the keys your Keyproof administrator published (Audit log, Checkpoints).

Without Keyproof, with OpenSSL 3 and jq, in the folder where this pack is unzipped:

${OPENSSL_RECIPE.map((line) => `  ${line}`).join('\n')}
`
