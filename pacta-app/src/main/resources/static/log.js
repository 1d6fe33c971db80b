/*
 * Verifies one log entry in the browser, from the JSON API and the signed checkpoint alone: the
 * leaf hash of the entry's canonical bytes, its RFC 9162 inclusion proof (§2.1.3.2) up to the
 * checkpoint's root, and the log's Ed25519 signature on the checkpoint (C2SP signed-note) where
 * Web Crypto supports Ed25519. Nothing here trusts the words the server put on the page.
 */
(function () {
  'use strict';

  const section = document.getElementById('verify');
  if (!section) {
    return;
  }
  const button = document.getElementById('verify-button');
  const verdict = document.getElementById('verdict');
  const steps = document.getElementById('steps');
  const say = (name, ...values) => values.reduce(
      (text, value, i) => text.replace('{' + i + '}', value), section.dataset[name] || name);

  function b64(bytes) {
    let text = '';
    bytes.forEach(b => { text += String.fromCharCode(b); });
    return btoa(text);
  }

  function unb64(text) {
    const raw = atob(text);
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      out[i] = raw.charCodeAt(i);
    }
    return out;
  }

  function concat(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    parts.forEach(p => { out.set(p, at); at += p.length; });
    return out;
  }

  function equal(a, b) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }

  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  }

  // RFC 9162 §2.1.1: a leaf hashes with prefix 0x00, an interior node with 0x01.
  const leafHash = bytes => sha256(concat(Uint8Array.of(0), bytes));
  const nodeHash = (left, right) => sha256(concat(Uint8Array.of(1), left, right));

  async function get(url, json) {
    const response = await fetch(url, { headers: { Accept: json ? 'application/json' : 'text/plain' } });
    if (!response.ok) {
      throw new Error(url + ': HTTP ' + response.status);
    }
    return json ? response.json() : response.text();
  }

  /** RFC 9162 §2.1.3.2, strictly: answers the computed root and the steps, or throws. */
  async function walk(index, size, leaf, proof, onStep) {
    if (index >= size) {
      throw new Error('index ' + index + ' is not below size ' + size);
    }
    if (leaf.length !== 32 || proof.some(p => p.length !== 32)) {
      throw new Error('every hash must be 32 bytes');
    }
    let fn = index;
    let sn = size - 1n;
    let r = leaf;
    let level = 0;
    for (const p of proof) {
      if (sn === 0n) {
        throw new Error('the proof is longer than the tree is high');
      }
      let side;
      if ((fn & 1n) === 1n || fn === sn) {
        r = await nodeHash(p, r);
        side = 'left';
        if ((fn & 1n) === 0n) {
          while ((fn & 1n) === 0n && fn !== 0n) {
            fn >>= 1n;
            sn >>= 1n;
            level++;
          }
        }
      } else {
        r = await nodeHash(r, p);
        side = 'right';
      }
      onStep(level, p, side, r);
      fn >>= 1n;
      sn >>= 1n;
      level++;
    }
    if (sn !== 0n) {
      throw new Error('the proof is shorter than the tree is high');
    }
    return r;
  }

  /** C2SP signed note: the text up to the blank line, then lines "— name base64(keyid || signature)". */
  function parseNote(note) {
    const split = note.indexOf('\n\n');
    if (split < 0) {
      throw new Error('the checkpoint has no signature block');
    }
    const text = note.slice(0, split + 1);
    const signatures = note.slice(split + 2).split('\n').filter(line => line.length > 0).map(line => {
      const match = /^\u2014 (\S+) (\S+)$/.exec(line);
      if (!match) {
        throw new Error('bad signature line: ' + line);
      }
      const payload = unb64(match[2]);
      return { name: match[1], keyId: payload.slice(0, 4), signature: payload.slice(4) };
    });
    return { text, signatures };
  }

  async function checkSignature(note, vkey) {
    // <name>+<hex key id>+<base64 key>: names hold no '+', but base64 may, so split on the first two only.
    const text = vkey.trim();
    const first = text.indexOf('+');
    const second = text.indexOf('+', first + 1);
    if (first <= 0 || second !== first + 9) {
      throw new Error('bad vkey: ' + text);
    }
    const name = text.slice(0, first);
    const hexId = text.slice(first + 1, second);
    const keyB64 = text.slice(second + 1);
    const key = unb64(keyB64);
    if (key[0] !== 1 || key.length !== 33) {
      throw new Error('the vkey is not an Ed25519 key');
    }
    const keyId = Uint8Array.from(hexId.match(/../g).map(h => parseInt(h, 16)));
    const line = note.signatures.find(s => s.name === name && equal(s.keyId, keyId));
    if (!line) {
      return false;
    }
    let publicKey;
    try {
      publicKey = await crypto.subtle.importKey('raw', key.slice(1), { name: 'Ed25519' }, false, ['verify']);
    } catch (e) {
      return null;
    }
    return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, line.signature, new TextEncoder().encode(note.text));
  }

  function addStep(text, bad) {
    const item = document.createElement('li');
    item.textContent = text;
    if (bad) {
      item.className = 'error';
    }
    steps.appendChild(item);
  }

  function show(ok, text) {
    verdict.textContent = text;
    verdict.className = ok ? 'verdict good' : 'verdict bad';
    verdict.dataset.result = ok ? 'ok' : 'fail';
  }

  async function verify() {
    steps.textContent = '';
    verdict.textContent = '';
    delete verdict.dataset.result;
    const index = BigInt(section.dataset.index);
    try {
      const [entry, checkpointText, vkey] = await Promise.all([
        get('/api/v1/log/entries/' + index, true), get('/log/checkpoint', false), get('/log/vkey', false)]);
      const note = parseNote(checkpointText);
      const lines = note.text.split('\n');
      const size = BigInt(lines[1]);
      const root = unb64(lines[2]);
      const proof = await get('/api/v1/log/proof/inclusion?index=' + index + '&size=' + size, true);
      const bytes = new TextEncoder().encode(entry.canonical);
      if (document.getElementById('tamper').checked) {
        bytes[0] ^= 0x01;
        addStep(say('tampered'), true);
      }
      const leaf = await leafHash(bytes);
      addStep(say('leaf', b64(leaf)));
      const computed = await walk(index, size, leaf, proof.proof.map(unb64), (level, sibling, side, running) =>
          addStep(say('step', level, b64(sibling), say(side), b64(running))));
      if (!equal(computed, root)) {
        show(false, say('badRoot', b64(computed), b64(root)));
        return;
      }
      const signed = await checkSignature(note, vkey);
      if (signed === null) {
        show(true, say('ok', size) + ' ' + say('sigNone'));
      } else if (signed) {
        show(true, say('ok', size) + ' ' + say('sigOk'));
      } else {
        show(false, say('sigBad'));
      }
    } catch (e) {
      show(false, say('error', e.message));
    }
  }

  button.addEventListener('click', verify);
})();
