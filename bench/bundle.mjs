// What the browser downloads before the SPA's first page: the entry chunk of frontend/dist, its static imports
// (transitively) and their CSS and fonts, raw and gzip. Then the largest lazy chunks. Needs `npx vite build` in
// frontend/ first (build.manifest is on). Usage, from the repo root: node bench/bundle.mjs [frontend/dist]
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.argv[2] ?? 'frontend/dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))

/** Manifest entries reached from the HTML entry by static imports. */
function initialChunks() {
  const seen = new Set()
  const visit = (key) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const imported of manifest[key].imports ?? []) visit(imported)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  return [...seen].map((key) => manifest[key])
}

function sizes(files) {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(join(dist, file))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { files: files.length, raw, gzip }
}

const kB = (n) => (n / 1000).toFixed(1).padStart(8)
const row = (name, s) => console.log(`${name.padEnd(36)}${String(s.files).padStart(6)}${kB(s.raw)} kB${kB(s.gzip)} kB`)

const initial = initialChunks()
const js = [...new Set(initial.map((c) => c.file))]
const css = [...new Set(initial.flatMap((c) => c.css ?? []))]
// Fonts are fetched when the CSS that names them applies; those of the initial CSS count as initial.
const cssText = css.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n')
const fonts = readdirSync(join(dist, 'assets')).filter(
  (file) => /\.(woff2?|ttf|eot)$/.test(file) && cssText.includes(file),
)
// A browser takes woff2 when offered; the other formats of the same font are never downloaded.
const fontsFetched = fonts.filter((file) => file.endsWith('.woff2') || !fonts.some((f) => f.endsWith('.woff2')))

console.log(`${'initial load'.padEnd(36)}${'files'.padStart(6)}${'raw'.padStart(11)}${'gzip'.padStart(11)}`)
const parts = { js: sizes(js), css: sizes(css), fonts: sizes(fontsFetched.map((f) => `assets/${f}`)) }
row('JS', parts.js)
row('CSS', parts.css)
row('fonts (woff2)', parts.fonts)
row('JS + CSS', { files: parts.js.files + parts.css.files, raw: parts.js.raw + parts.css.raw, gzip: parts.js.gzip + parts.css.gzip })
row('total', {
  files: parts.js.files + parts.css.files + parts.fonts.files,
  raw: parts.js.raw + parts.css.raw + parts.fonts.raw,
  gzip: parts.js.gzip + parts.css.gzip + parts.fonts.gzip,
})

const initialFiles = new Set([...js, ...css])
const lazy = readdirSync(join(dist, 'assets'))
  .filter((file) => /\.js$/.test(file) && !initialFiles.has(`assets/${file}`))
  .map((file) => ({ file, ...sizes([`assets/${file}`]) }))
  .sort((a, b) => b.gzip - a.gzip)
console.log(`\nlargest lazy chunks (of ${lazy.length})`)
for (const chunk of lazy.slice(0, 8)) row(chunk.file, { ...chunk, files: 1 })
const lazyTotal = lazy.reduce((sum, c) => ({ raw: sum.raw + c.raw, gzip: sum.gzip + c.gzip }), { raw: 0, gzip: 0 })
row('all lazy JS', { files: lazy.length, ...lazyTotal })
