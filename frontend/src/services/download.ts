import { unwrap } from '@/services/api'

/** The file name from a Content-Disposition header (RFC 6266, including filename*=UTF-8''...). */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header)
  const name = plain?.[1] ?? plain?.[2]?.trim()
  return name || fallback
}

/** Hands a fetched file to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The two forms of a document the API writes. */
export type DocumentFormat = 'docx' | 'pdf'

/** Saves a fetched file (`parseAs: 'blob'`) under the server's name (Content-Disposition), or `fallback`; returns the name. */
export async function saveResponse(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallback: string,
): Promise<string> {
  const blob = (await unwrap(call)) as Blob
  const { response } = await call
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallback)
  saveBlob(blob, name)
  return name
}
