#!/usr/bin/env node
/**
 * Builds dist/care-level-widgets-wordpress.zip, the WordPress plugin to install from Plugins → Add New Plugin →
 * Upload Plugin: wordpress/plugin/ under the top folder `care-level-widgets/`, with the package version written in
 * (it versions the script and stylesheet URLs) and a copy of dist/care-level-widgets.js, its chunks/ and .css in
 * assets/, so the site serves them itself, and dist/care-config.rules.json as includes/config-rules.json. Run by
 * scripts/build.mjs after the bundle is built.
 *
 * The zip is written here with node:zlib (deflate + a CRC-32 table): no `zip` binary is needed, and no dependency.
 * Entries are sorted and dated 2026-01-01, so the same sources give the same bytes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const pluginSource = 'wordpress/plugin';
const topFolder = 'care-level-widgets';
export const wordpressZip = 'dist/care-level-widgets-wordpress.zip';
const versionToken = /__CARE_LEVEL_WIDGETS_VERSION__/g;
const textFile = /\.(php|json|js|css|txt|md|pot)$/;

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    );
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` (name => Buffer), deflated, with a directory entry for every folder. */
export function zip(files) {
  const names = [...files.keys()].sort();
  const folders = new Set();
  for (const name of names) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i += 1) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  const entries = [
    ...[...folders].sort().map((name) => [name, Buffer.alloc(0)]),
    ...names.map((name) => [name, files.get(name)]),
  ];
  const time = 0; // 00:00:00
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const isFolder = name.endsWith('/');
    const compressed = isFolder ? data : deflateRawSync(data, { level: 9 });
    const method = isFolder ? 0 : 8;
    const crc = crc32(data);
    // The local and the central header hold the same run of fields from "version needed" to the name's length.
    const writeSharedFields = (header, at) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(method, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(compressed.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedFields(local, 4);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    writeSharedFields(central, 6);
    central.writeUInt32LE((isFolder ? 0o40755 : 0o100644) * 0x10000, 38); // Unix mode in the high half
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The plugin's files, as they go in the zip: name under `care-level-widgets/` => contents. */
export function pluginFiles() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = new Map();
  for (const name of listFiles(pluginSource)) {
    const data = readFileSync(join(pluginSource, name));
    files.set(
      `${topFolder}/${name}`,
      textFile.test(name) ? Buffer.from(data.toString('utf8').replace(versionToken, version)) : data,
    );
  }
  // The scripts without their source map comments: the maps are not shipped, so a browser's devtools would ask for them
  // in vain. The loader fetches each element's chunk from chunks/ beside it, so a page with only a banner block loads
  // only the banner's code.
  const withoutSourceMap = (file) => Buffer.from(readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  files.set(`${topFolder}/assets/care-level-widgets.js`, withoutSourceMap('dist/care-level-widgets.js'));
  for (const chunk of readdirSync('dist/chunks').filter((name) => name.endsWith('.js'))) {
    files.set(`${topFolder}/assets/chunks/${chunk}`, withoutSourceMap(`dist/chunks/${chunk}`));
  }
  files.set(`${topFolder}/assets/care-level-widgets.css`, readFileSync('dist/care-level-widgets.css'));
  // The rules of validateConfig, which includes/config.php walks to check the settings (see scripts/config-schema.mjs).
  files.set(`${topFolder}/includes/config-rules.json`, readFileSync('dist/care-config.rules.json'));
  return files;
}

// Compared as URLs: a checkout path with a space is `%20` in import.meta.url but a space in argv.
if (import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const archive = zip(pluginFiles());
  writeFileSync(wordpressZip, archive);
  console.log(`${wordpressZip}: ${(archive.length / 1024).toFixed(1)} KB`);
}
