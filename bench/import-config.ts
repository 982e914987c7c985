// Times the Terraform state parser and redactor on a generated ~20 MB `terraform show -json` state: thousands of
// resources across nested modules, MSK clusters resolving their keys, and some sensitive values.
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/import-config.ts [megabytes]
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { redactTerraformJson } from '@/lib/config-import/iac'
import { terraformStateParser } from '@/lib/config-import/iac/terraform-parser'
import { buildState, PASSWORD } from './terraform-state'

const TARGET_MB = Number(process.argv[2] ?? 20)
const RUNS = 5
const TARGET_MS = 2000
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// Built in a function so the generated object can be collected: the run holds only the text, as an import would.
const { text, resources } = (() => {
  const built = buildState(TARGET_MB * 1024 * 1024)
  return { text: JSON.stringify(built.json), resources: built.resources }
})()
console.log(`state: ${mb(text.length)} of JSON, ${resources} resources in nested modules`)

interface Lap {
  wall: number
  cpu: number
}
type Phase = 'jsonParse' | 'parse' | 'redact' | 'redactText'
const laps: Record<Phase, Lap[]> = { jsonParse: [], parse: [], redact: [], redactText: [] }
const parserHeap: number[] = []
let heapHighest = 0
let summary = ''
for (let i = 0; i < RUNS + 1; i++) {
  let wall = performance.now()
  let cpu = process.cpuUsage()
  const lap = (name: Phase) => {
    const c = process.cpuUsage(cpu)
    if (i > 0) laps[name].push({ wall: performance.now() - wall, cpu: (c.user + c.system) / 1000 })
    wall = performance.now()
    cpu = process.cpuUsage()
  }
  const doc: unknown = JSON.parse(text)
  lap('jsonParse')
  const heapWithDocument = process.memoryUsage().heapUsed
  const result = terraformStateParser.parse(doc, { fileName: 'bench.tfstate.json' })
  lap('parse')
  const heapNow = process.memoryUsage().heapUsed
  heapHighest = Math.max(heapHighest, heapNow)
  if (i > 0) parserHeap.push(heapNow - heapWithDocument)
  const redacted = redactTerraformJson(text, doc)
  lap('redact')
  redactTerraformJson(text)
  lap('redactText')
  if (i === 0) {
    summary = `${result.locations.length} locations, ${result.keys.length} keys, ${result.dropped.length} dropped, ${redacted.redactedPaths.length} redacted`
    if (redacted.text.includes(PASSWORD) || JSON.stringify(result).includes(PASSWORD))
      throw new Error('a secret leaked')
  }
}
const end = process.memoryUsage()
const peakRss = process.resourceUsage().maxRSS * 1024
const med = (name: Phase, k: keyof Lap) => median(laps[name].map((l) => l[k]))
const show = (label: string, name: Phase) =>
  console.log(`${label}: median ${med(name, 'wall').toFixed(0)} ms wall, ${med(name, 'cpu').toFixed(0)} ms CPU`)

console.log(summary)
show('JSON.parse of the text', 'jsonParse')
show('terraformStateParser.parse', 'parse')
show('redactTerraformJson (given the parsed document)', 'redact')
show('redactTerraformJson (text only, parses again)', 'redactText')
console.log(
  `heap: highest ${mb(heapHighest)} right after a parse (text + parsed document + result), ${mb(end.heapUsed)} at end; ` +
    `the parse adds a median ${mb(median(parserHeap))} to the parsed document`,
)
console.log(`RSS: ${mb(end.rss)} at end, ${mb(peakRss)} peak (maxRSS)`)
const total = (k: keyof Lap) => med('jsonParse', k) + med('parse', k) + med('redact', k)
console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores while measuring`)
console.log(
  `${total('wall') < TARGET_MS ? 'OK' : 'SLOW'}: JSON.parse + parse + redact ${total('wall').toFixed(0)} ms wall ` +
    `(${total('cpu').toFixed(0)} ms CPU) against a ${TARGET_MS} ms target`,
)
