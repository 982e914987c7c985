import 'server-only'
// Keeps a burst of changes from exhausting the connection pool. Changes to one review wait in memory, one
// after another, instead of each holding a pooled connection while blocked on the review's row lock; and at
// most `limit` review changes run at once in the process, so reads (pages) always find a free connection.
// Across instances the review row lock still serializes; this only decides who waits where.

type Release = () => void

export class ChangeQueue {
  private running = 0
  private readonly waiting: (() => void)[] = []
  private readonly tails = new Map<string, Promise<void>>()

  constructor(readonly limit: number) {}

  /** Runs `task` after earlier tasks on the same key, and when fewer than `limit` tasks run in total. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    let done!: () => void
    const mine = new Promise<void>((resolve) => (done = resolve))
    const tail = previous.then(() => mine)
    this.tails.set(key, tail)
    try {
      await previous
      const release = await this.slot()
      try {
        return await task()
      } finally {
        release()
      }
    } finally {
      done()
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
  }

  private slot(): Promise<Release> {
    const release = () => {
      this.running--
      this.waiting.shift()?.()
    }
    if (this.running < this.limit) {
      this.running++
      return Promise.resolve(release)
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++
        resolve(release)
      }),
    )
  }
}

/** Pool size minus connections kept for reads (pages, downloads): at least one change can always run. */
export function changeConcurrency(poolSize = Number(process.env.DATABASE_POOL_SIZE || 10)) {
  return Math.max(1, poolSize - Math.max(2, Math.ceil(poolSize / 3)))
}
