// Fails (exit 1) when src/services/schema.d.ts differs from what ../openapi.yaml generates.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'rostok-api-'))
const fresh = join(dir, 'schema.d.ts')
try {
  execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] })
  const committed = readFileSync('src/services/schema.d.ts', 'utf8')
  if (readFileSync(fresh, 'utf8') !== committed) {
    console.error('src/services/schema.d.ts is out of date with ../openapi.yaml: run `npm run gen:api`')
    process.exitCode = 1
  } else {
    console.log('API types match ../openapi.yaml')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
