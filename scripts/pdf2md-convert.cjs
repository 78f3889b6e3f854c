// pdf2md one file: node pdf2md-convert.cjs input.pdf output.md (used by make-converted.sh)
// pdf2md 0.3.2 awaits transport.commonObjs.get(fontId, callback) for every font; under Node the font
// objects are never resolved (no FontFace), so the promise hangs and node exits with nothing written.
// The documentParsed callback gets the document before fonts are asked for: answer with the font if it
// is there, else with a font of no name (pdf2md then only loses bold/italic detection).
const fs = require('fs');
const pdf2md = require('@opendocsg/pdf2md');
const [, , input, output] = process.argv;
const callbacks = {
  documentParsed(doc) {
    const transport = doc.transport || doc._transport;
    const objs = transport.commonObjs;
    const get = objs.get.bind(objs);
    objs.get = (id, cb) => {
      if (!cb) return get(id);
      cb(objs.has(id) ? get(id) : { name: '' });
      return undefined;
    };
  },
};
pdf2md(new Uint8Array(fs.readFileSync(input)), callbacks)
  .then((md) => { fs.writeFileSync(output, md); process.exit(0); })
  .catch((err) => { console.error(err); process.exit(1); });
