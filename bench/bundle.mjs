// What the browser downloads before the SPA's first page: the entry chunk of frontend/dist (the login), the chunks
// main.ts imports on every start (`./app`, the UI, and `./i18n`, its texts), their static imports (transitively) and their CSS and fonts, raw and gzip. Then the largest lazy chunks.
// Needs `npx vite build` in frontend/ first (build.manifest is on). Usage, from the repo root:
// node bench/bundle.mjs [frontend/dist]
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.argv[2] ?? 'frontend/dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))

/** The chunks main.ts imports on every start, by name. */
const START = new Set(['app', 'i18n'])

/** Manifest keys reached from these by static imports. */
function reached(keys, seen = new Set()) {
  const visit = (key) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const imported of manifest[key].imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return seen
}
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry)
const started = entries.flatMap((key) => manifest[key].dynamicImports ?? []).filter((key) => START.has(manifest[key].name))
/** Manifest entries reached from the HTML entry by static imports, and by the dynamic imports every start makes. */
const initialChunks = () => [...reached([...entries, ...started])].map((key) => manifest[key])
const entryJs = entries.map((key) => manifest[key].file)
// the texts: what the i18n chunk brings that nothing else of the start needs
const withoutTexts = reached([...entries, ...started.filter((key) => manifest[key].name !== 'i18n')])
const textsJs = [...reached(started)].filter((key) => !withoutTexts.has(key)).map((key) => manifest[key].file)

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
row('  of which the login (entry)', sizes(entryJs))
row('  of which the texts (i18n)', sizes(textsJs))
row('CSS', parts.css)
row('fonts (woff2)', parts.fonts)
const noTexts = sizes([...js.filter((f) => !textsJs.includes(f)), ...css])
row('JS + CSS without the texts', noTexts)
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
