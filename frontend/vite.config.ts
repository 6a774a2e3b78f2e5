import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import vuetify from 'vite-plugin-vuetify'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'

const api = process.env.ROSTOK_API_URL || 'http://localhost:8080'
const proxy = {
  '/api': { target: api, changeOrigin: true },
  '/q': { target: api, changeOrigin: true },
}

// `vite preview` (the browser tests) sends the production security headers of deploy/security-headers.conf, so that
// the tests run the SPA under the same Content-Security-Policy as nginx.
function nginxHeaders(file = 'security-headers.conf'): Record<string, string> {
  const conf = readFileSync(new URL(`./deploy/${file}`, import.meta.url), 'utf8')
  return Object.fromEntries([...conf.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], m[2]]))
}

// `vite preview` serves the page of keycloak-js's hidden check-sso frame with its own headers, as nginx does
// (deploy/nginx.conf): the SPA's forbid framing it and its inline script.
function silentCheckSsoPage(): Plugin {
  return {
    name: 'rostok-silent-check-sso',
    configurePreviewServer(server) {
      const headers = { ...nginxHeaders('silent-check-sso-headers.conf'), 'Cache-Control': 'no-cache' }
      const file = resolve(server.config.root, server.config.build.outDir, 'silent-check-sso.html')
      server.middlewares.use((request, response, next) => {
        if (request.url?.split(/[?#]/)[0] !== '/silent-check-sso.html') return next()
        readFile(file).then((page) => {
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers })
          response.end(page)
        }, next)
      })
    },
  }
}

// `vite preview` (`./rostok start`) lets the browser keep the hashed files under /assets/ as nginx does (deploy/nginx.conf):
// without it every page opened in a new tab asks again for each of its 30-odd files.
function immutableAssets(): Plugin {
  return {
    name: 'rostok-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/assets/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
        next()
      })
    },
  }
}

// The texts are compiled at build time, so that the SPA ships vue-i18n's runtime without its message compiler.
// Vuetify's own texts are compiled too: the runtime would show their `{0}` placeholders as they are.
const messages = [
  'src/i18n/messages/*.ts',
  'src/features/*/messages/*.ts',
  'node_modules/vuetify/lib/locale/{ru,en}.js*', // * for the ?v= query of the development server
].map((glob) => fileURLToPath(new URL(glob, import.meta.url)))

export default defineConfig({
  plugins: [
    vue(),
    vuetify({ autoImport: true }),
    vueI18n({ include: messages, runtimeOnly: true, dropMessageCompiler: true, compositionOnly: true, strictMessage: false }),
    immutableAssets(),
    silentCheckSsoPage(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // Served as they are in development, so that the plugin above compiles Vuetify's texts there too.
  optimizeDeps: { exclude: ['vuetify/lib/locale/ru.js', 'vuetify/lib/locale/en.js'] },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy, headers: nginxHeaders() },
  build: { chunkSizeWarningLimit: 1000, manifest: true },
})
