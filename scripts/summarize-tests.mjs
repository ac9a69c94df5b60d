// Counts the test cases in the JUnit reports of a test run (CTest's and node's) and prints the
// closing line "casereview: N passed, N failed, N skipped". Exits 1 when any failed or when no
// test ran at all, so a broken runner cannot pass for a green one.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const folder = process.argv[2]
let passed = 0
let failed = 0
let skipped = 0
const failures = []

for (const file of readdirSync(folder).filter((name) => name.endsWith('.xml'))) {
  const xml = readFileSync(join(folder, file), 'utf8')
  // Each <testcase …/> or <testcase …>…</testcase>; its status is in its children or attributes.
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attributes = match[1]
    const body = match[3] ?? ''
    const name = /name="([^"]*)"/.exec(attributes)?.[1] ?? '(unnamed)'
    if (/<(failure|error)\b/.test(body)) {
      failed += 1
      failures.push(`${file}: ${name}`)
    } else if (/<skipped\b/.test(body) || /status="(notrun|disabled|skipped)"/.test(attributes)) {
      skipped += 1
    } else {
      passed += 1
    }
  }
}

if (failures.length > 0) {
  console.log('\nFailed tests:')
  for (const failure of failures) console.log(`  ${failure}`)
}
console.log(`casereview: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
