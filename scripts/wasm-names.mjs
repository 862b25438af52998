// Shortens the names the wasm imports its JS functions by, in the .wasm and its glue alike.
// Usage: node scripts/wasm-names.mjs DIR NAME   (DIR/NAME.js and DIR/NAME_bg.wasm, rewritten)
//
// wasm-bindgen names each import after its function plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), and the glue's import object spells every name
// once more: about 140 names, 3.5 KB of the check's first load after brotli, since hashes do
// not compress. Here each becomes a name of one or two letters, and the module
// `./NAME_bg.js` becomes `a`, in both files; so do the few exports named with a hash (the
// closures' `..._invoke__h4a96dd2f26cd2bb9`). A trunk hook runs it on release builds, after
// the glue is minified.
//
// It refuses rather than guess: every import of that module must appear in the glue exactly
// once, as a whole name (a key of the import object), and the module's name exactly once, as
// a quoted key. Anything else (another wasm-bindgen, another minifier) fails the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s += letters[i % letters.length];
    i = Math.floor(i / letters.length);
  } while (i);
  return s;
}

/** Returns the rewritten glue and wasm, or throws saying why it cannot. */
export function shorten(js, wasm, name) {
  const module = `./${name}_bg.js`;
  const quoted = JSON.stringify(module);
  if (js.split(quoted).length !== 2) throw new Error(`${name}.js: expected ${quoted} once`);
  if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) {
    throw new Error(`${name}_bg.wasm: not a wasm module of version 1`);
  }
  let p = 8;
  const uleb = () => {
    let r = 0;
    let s = 0;
    let x;
    do {
      x = wasm[p++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return r;
  };
  const leb = (n) => {
    const out = [];
    do {
      let x = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) x |= 0x80;
      out.push(x);
    } while (n);
    return Buffer.from(out);
  };
  const readStr = () => {
    const n = uleb();
    const s = wasm.subarray(p, p + n).toString('utf8');
    p += n;
    return s;
  };
  const str = (s) => {
    const b = Buffer.from(s, 'utf8');
    return Buffer.concat([leb(b.length), b]);
  };
  // Skips an import's type: a function's type index, a table, a memory, a global, a tag.
  const skipDesc = () => {
    const kind = wasm[p++];
    const limits = () => {
      const flags = wasm[p++];
      uleb();
      if (flags & 1) uleb();
    };
    if (kind === 0) uleb();
    else if (kind === 1) {
      p++;
      limits();
    } else if (kind === 2) limits();
    else if (kind === 3) p += 2;
    else if (kind === 4) {
      p++;
      uleb();
    } else throw new Error(`${name}_bg.wasm: unknown import kind ${kind}`);
  };

  // The glue with `from`, a whole name found exactly once, renamed `to`.
  const once = (text, from, to) => {
    const whole = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const found = (text.match(whole) || []).length;
    if (found !== 1) throw new Error(`${name}.js: ${from} found ${found} times, expected once`);
    return text.replace(whole, to);
  };
  let exported = 0;
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let seen = false;
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    const len = uleb();
    const end = p + len;
    if (id === 7) {
      // Exports: only the closures' hashed names (`..._invoke__h4a96dd2f26cd2bb9`) are long.
      const count = uleb();
      const body = [leb(count)];
      for (let i = 0; i < count; i++) {
        let field = readStr();
        const descAt = p;
        p++;
        uleb();
        if (/__h[0-9a-f]{16}$/.test(field)) {
          const short = `_${shortName(exported++)}`;
          js = once(js, field, short);
          field = short;
        }
        body.push(str(field), wasm.subarray(descAt, p));
      }
      if (p !== end) throw new Error(`${name}_bg.wasm: export section misread`);
      const section = Buffer.concat(body);
      parts.push(Buffer.from([7]), leb(section.length), section);
      continue;
    }
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      p = end;
      continue;
    }
    if (seen) throw new Error(`${name}_bg.wasm: two import sections`);
    seen = true;
    const count = uleb();
    const body = [leb(count)];
    for (let i = 0; i < count; i++) {
      const mod = readStr();
      const field = readStr();
      const descAt = p;
      skipDesc();
      const desc = wasm.subarray(descAt, p);
      if (mod !== module) {
        body.push(str(mod), str(field), desc);
        continue;
      }
      if (!/^[A-Za-z_$][\w$]*$/.test(field)) throw new Error(`${name}: import ${field} is no plain name`);
      if (!renamed.has(field)) {
        const short = shortName(renamed.size);
        js = once(js, field, short);
        renamed.set(field, short);
      }
      body.push(str('a'), str(renamed.get(field)), desc);
    }
    if (p !== end) throw new Error(`${name}_bg.wasm: import section misread`);
    const section = Buffer.concat(body);
    parts.push(Buffer.from([2]), leb(section.length), section);
  }
  if (!renamed.size) throw new Error(`${name}_bg.wasm: no imports from ${module}`);
  js = js.replace(quoted, '"a"');
  return { js, wasm: Buffer.concat(parts), count: renamed.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, name] = process.argv.slice(2);
  if (!dir || !name) {
    console.error('usage: node scripts/wasm-names.mjs DIR NAME');
    process.exit(2);
  }
  const jsAt = join(dir, `${name}.js`);
  const wasmAt = join(dir, `${name}_bg.wasm`);
  try {
    const out = shorten(readFileSync(jsAt, 'utf8'), readFileSync(wasmAt), name);
    writeFileSync(jsAt, out.js);
    writeFileSync(wasmAt, out.wasm);
  } catch (e) {
    console.error(`wasm-names: ${e.message}`);
    process.exit(1);
  }
}
