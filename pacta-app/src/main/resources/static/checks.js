/*
 * Pacta's in-browser checks: a small audit of the page as the browser rendered it, for the browser
 * tests (which inject it) and for anyone who wants to run it from the console:
 *   import('/static/checks.js').then(() => console.table(window.pactaChecks()))
 * It reports what a person using a keyboard, a screen reader or a small screen would trip on and
 * what can be checked mechanically: the page language, landmarks, one h1 and no skipped heading
 * level, a label for every form control, a name for every link and image, table captions and header
 * scopes, duplicate ids, text contrast (WCAG AA) and horizontal overflow at the current width.
 * No build step, no dependency.
 */
(function () {
  'use strict';

  function visible(el) {
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
  }

  function describe(el) {
    const id = el.id ? '#' + el.id : '';
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + id + (text ? ' "' + text + '"' : '');
  }

  function accessibleName(el) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy.split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
    }
    if (el.getAttribute('aria-label')) {
      return el.getAttribute('aria-label').trim();
    }
    if (el.labels && el.labels.length) {
      return Array.from(el.labels).map(l => l.textContent).join(' ').trim();
    }
    const title = el.querySelector && el.querySelector(':scope > title');
    if (title) {
      return title.textContent.trim();
    }
    if (el.tagName === 'IMG') {
      return el.getAttribute('alt') || '';
    }
    return (el.textContent || '').trim() || (el.getAttribute('title') || '').trim();
  }

  function rgb(color) {
    const m = color.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
  }

  function luminance(c) {
    const channel = v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  }

  /** The first opaque background behind an element; null when an image is in the way (not judged). */
  function background(el) {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage && style.backgroundImage !== 'none') {
        return null;
      }
      const color = rgb(style.backgroundColor);
      if (color && color.a >= 0.99) {
        return color;
      }
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  }

  function contrast(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  window.pactaChecks = function () {
    const problems = [];
    const report = (rule, el, detail) => problems.push({ rule, element: el ? describe(el) : '', detail: detail || '' });

    if (!document.documentElement.getAttribute('lang')) {
      report('lang', document.documentElement, 'html has no lang attribute');
    }
    if (!document.title.trim()) {
      report('title', null, 'the page has no title');
    }
    ['header', 'nav', 'main', 'footer'].forEach(tag => {
      if (!document.querySelector(tag)) {
        report('landmark', null, 'no <' + tag + '> element');
      }
    });
    if (document.querySelectorAll('main').length !== 1) {
      report('landmark', null, 'expected one <main>');
    }
    const skip = document.querySelector('a[href="#main"]');
    if (!skip || document.body.querySelector('a') !== skip) {
      report('skip-link', skip, 'the first link should skip to #main');
    }

    const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter(visible);
    if (headings.filter(h => h.tagName === 'H1').length !== 1) {
      report('headings', null, 'expected exactly one visible h1, found ' + headings.filter(h => h.tagName === 'H1').length);
    }
    let level = 0;
    headings.forEach(h => {
      const next = +h.tagName[1];
      if (level && next > level + 1) {
        report('headings', h, 'h' + level + ' is followed by h' + next);
      }
      level = next;
    });

    document.querySelectorAll('input, select, textarea').forEach(control => {
      if (control.type === 'hidden') {
        return;
      }
      if (!accessibleName(control)) {
        report('label', control, 'form control without a label');
      }
    });
    document.querySelectorAll('a[href], button').forEach(el => {
      if (!accessibleName(el)) {
        report('name', el, 'link or button without an accessible name');
      }
    });
    document.querySelectorAll('img').forEach(img => {
      if (!img.hasAttribute('alt')) {
        report('alt', img, 'image without alt');
      }
    });
    document.querySelectorAll('svg').forEach(svg => {
      if (svg.getAttribute('aria-hidden') !== 'true' && !accessibleName(svg)) {
        report('svg', svg, 'svg without a title or label (or aria-hidden)');
      }
    });
    document.querySelectorAll('table').forEach(table => {
      if (!table.querySelector('caption') && !table.getAttribute('aria-label') && !table.getAttribute('aria-labelledby')) {
        report('table', table, 'table without a caption');
      }
      table.querySelectorAll('th').forEach(th => {
        if (!th.getAttribute('scope')) {
          report('table', th, 'th without scope');
        }
      });
    });

    const ids = new Map();
    document.querySelectorAll('[id]').forEach(el => ids.set(el.id, (ids.get(el.id) || 0) + 1));
    ids.forEach((count, id) => {
      if (count > 1) {
        report('duplicate-id', null, 'id "' + id + '" appears ' + count + ' times');
      }
    });

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const judged = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || judged.has(el) || !visible(el) || el.closest('svg, .vh, [aria-hidden="true"]')) {
        continue;
      }
      judged.add(el);
      const style = getComputedStyle(el);
      const fg = rgb(style.color);
      const bg = background(el);
      if (!fg || !bg) {
        continue;
      }
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
      const ratio = contrast(fg, bg);
      if (ratio < (large ? 3 : 4.5)) {
        report('contrast', el, 'contrast ' + ratio.toFixed(2) + ':1');
      }
    }

    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow > 1) {
      // Name the innermost elements that stick out, which is where a fix belongs.
      const culprits = Array.from(document.body.querySelectorAll('*')).filter(el => {
        const scrolled = el.parentElement && el.parentElement.closest('.table-wrap, .chart');
        if (scrolled && getComputedStyle(el).position !== 'absolute') {
          return false;
        }
        const box = el.getBoundingClientRect();
        const spills = getComputedStyle(el).overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1
          && box.left + el.scrollWidth > width + 1;
        return spills || (box.right > width + 1
          && !Array.from(el.children).some(child => child.getBoundingClientRect().right > width + 1));
      }).slice(-3);
      report('overflow', culprits[0] || null, 'the page is ' + overflow + 'px wider than the window'
        + (culprits.length > 1 ? '; also ' + culprits.slice(1).map(describe).join(', ') : ''));
    }
    return problems;
  };
})();
