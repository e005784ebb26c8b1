// The throughput baseline: a plain Node HTTP server answering every request with the same bytes
// the portal sends for its home page (already compressed), and nothing else.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [bodyFile, headersFile, port] = process.argv.slice(2)
const body = readFileSync(bodyFile)
const headers = JSON.parse(readFileSync(headersFile, 'utf8'))
createServer((_req, res) => {
  res.writeHead(200, { ...headers, 'content-length': body.length })
  res.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log(`static baseline listening on ${port}`))
