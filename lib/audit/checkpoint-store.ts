import 'server-only'
// Where signed checkpoints are kept outside the database: one JSON Lines file per organization, only ever
// appended to (O_APPEND, one write per line, synced). The app's database role cannot reach it; for protection
// from the app's OS user too, put the directory on append-only or WORM storage (README, "Anchored audit chain").
import fs from 'node:fs'
import path from 'node:path'
import { checkpointLine, type Checkpoint } from './checkpoint'

export interface CheckpointStore {
  /** Where the checkpoints are, for the admin page. */
  readonly location: string
  append(checkpoint: Checkpoint): Promise<void>
  /** The organization's checkpoint lines as stored ('' if none yet). */
  read(organizationId: string): Promise<string>
}

const ORGANIZATION_ID = /^[A-Za-z0-9_-]{1,64}$/

export function fileCheckpointStore(dir: string): CheckpointStore {
  const root = path.resolve(dir)
  const fileOf = (organizationId: string) => {
    if (!ORGANIZATION_ID.test(organizationId))
      throw new Error(`Organization id "${organizationId}" cannot name a checkpoint file.`)
    return path.join(root, `${organizationId}.jsonl`)
  }
  return {
    location: root,
    async append(checkpoint) {
      await fs.promises.mkdir(root, { recursive: true, mode: 0o750 })
      const { O_WRONLY, O_APPEND, O_CREAT } = fs.constants
      const file = await fs.promises.open(fileOf(checkpoint.organizationId), O_WRONLY | O_APPEND | O_CREAT, 0o640)
      try {
        // One write of the whole line: appends from concurrent writers never interleave within a line.
        await file.write(checkpointLine(checkpoint))
        await file.datasync()
      } finally {
        await file.close()
      }
    },
    async read(organizationId) {
      try {
        return await fs.promises.readFile(fileOf(organizationId), 'utf8')
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ''
        throw e
      }
    },
  }
}

/** The configured store: KEYPROOF_CHECKPOINT_DIR, default .data/checkpoints under the working directory. */
export const checkpointStore = (): CheckpointStore =>
  fileCheckpointStore(process.env.KEYPROOF_CHECKPOINT_DIR || '.data/checkpoints')
