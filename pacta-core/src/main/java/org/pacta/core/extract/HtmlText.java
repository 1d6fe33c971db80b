package org.pacta.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into the plain-text report form: scripts, styles and comments dropped, tags
 * removed, entities decoded, and a blank line wherever a block element ({@code <p>}, {@code <br>},
 * headings, list items, {@code <div>}…) starts or ends, so paragraphs survive. A publication date
 * is taken from {@code <time datetime>} or an {@code article:published_time} meta tag when present.
 *
 * <p>A saved news page carries far more than its report: menus, share buttons, "related" teasers
 * with their own quoted headlines, comment threads. So the page furniture is dropped: when the page
 * has an {@code <article>}, only the first one is read (with the page's {@code <h1>} headline if it
 * stands outside it); {@code <nav>}, {@code <aside>}, {@code <footer>}, forms and buttons are
 * skipped wherever they are, and so is any block whose class or id names furniture ("related",
 * "share", "newsletter", "comments", "sidebar"…). The {@code <title>} is read only on a page with
 * no {@code <h1>}, since it usually repeats the headline with the site's name.
 *
 * <p>Offsets reported for an HTML input refer to the text returned here, not to the markup: markup
 * offsets would be meaningless once entities are decoded.
 */
public final class HtmlText {

    /** The visible text, paragraphs separated by blank lines, and the page's date if it gives one. */
    public record Document(String text, Optional<String> date) {
        public Document {
            java.util.Objects.requireNonNull(text, "text is null");
            java.util.Objects.requireNonNull(date, "date is null");
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
            "section", "article", "header", "footer", "tr", "table", "title", "figcaption", "hr",
            "main", "aside", "nav", "dd", "dt", "pre");
    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form", "button",
            "select", "iframe", "dialog");
    /** Tags whose class or id may mark page furniture; inline tags are never skipped this way. */
    private static final Set<String> FURNITURE_CANDIDATES = Set.of("div", "section", "ul", "ol", "p", "header", "figure", "span");
    /** Words of a class or id that mark page furniture, compared whole after splitting on '-' and '_'. */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "related", "share", "sharing", "social", "newsletter", "comments", "comment", "cookie", "cookies",
            "advert", "advertisement", "ad", "ads", "promo", "subscribe", "subscription", "sidebar", "breadcrumb",
            "breadcrumbs", "menu", "nav", "navigation", "recommended", "recommendations", "popup", "modal",
            "paywall", "teaser", "teasers", "outbrain", "taboola");
    private static final Pattern CLASS_OR_ID =
            Pattern.compile("\\b(?:class|id)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("bdquo", "„"),
            Map.entry("sbquo", "‚"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
            Map.entry("ecirc", "ê"), Map.entry("agrave", "à"), Map.entry("acirc", "â"),
            Map.entry("ccedil", "ç"), Map.entry("ocirc", "ô"), Map.entry("icirc", "î"),
            Map.entry("iuml", "ï"), Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"),
            Map.entry("Eacute", "É"), Map.entry("thinsp", "\u2009"), Map.entry("euro", "€"),
            Map.entry("oelig", "œ"), Map.entry("copy", "©"), Map.entry("shy", ""));
    private static final Pattern TIME_DATE =
            Pattern.compile("<time[^>]*datetime=[\"']?(\\d{4}-\\d{2}(?:-\\d{2})?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_DATE = Pattern.compile(
            "<meta[^>]*(?:published_time|date)[^>]*content=[\"'](\\d{4}-\\d{2}(?:-\\d{2})?)",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> MARKUP_STARTS = List.of("<html", "<p>", "<p ", "<body", "<!doctype", "<div", "<br");

    /** Marks a block boundary until {@link #normalise} turns it into exactly one blank line. */
    private static final char BLOCK_BREAK = '\u2029';

    private HtmlText() {
    }

    /** Whether {@code text} looks like markup rather than a plain report. */
    public static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), 2000);
        for (int i = text.indexOf('<'); i >= 0 && i < limit; i = text.indexOf('<', i + 1)) {
            for (String tag : MARKUP_STARTS) {
                if (text.regionMatches(true, i, tag, 0, tag.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Extracts the visible text and date of {@code html}. */
    public static Document read(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int headline = indexOfTag(html, "h1", 0);
        boolean hasHeadline = headline >= 0;
        int article = indexOfTag(html, "article", 0);
        int articleEnd = article < 0 ? -1 : matchingClose(html, "article", article);
        if (article >= 0 && articleEnd > article) {
            if (headline >= 0 && (headline < article || headline > articleEnd)) {
                int headlineEnd = matchingClose(html, "h1", headline);
                if (headlineEnd > headline) {
                    appendText(html, headline, headlineEnd, true, out);
                    out.append(BLOCK_BREAK);
                }
            }
            appendText(html, article, articleEnd, true, out);
        } else {
            appendText(html, 0, html.length(), hasHeadline, out);
        }
        return new Document(normalise(out), date(html));
    }

    /** Appends the visible text of {@code html[from, to)} to {@code out}. */
    private static void appendText(String html, int from, int to, boolean skipTitle, StringBuilder out) {
        int i = from;
        int length = to;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int close = html.indexOf("-->", i + 4);
                    i = close < 0 ? length : close + 3;
                    continue;
                }
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String name = tagName(html, i + 1, close);
                boolean opening = html.charAt(i + 1) != '/';
                if (opening && (SKIPPED_TAGS.contains(name) || skipTitle && name.equals("title")
                        || FURNITURE_CANDIDATES.contains(name) && isFurniture(html.substring(i, close)))) {
                    int end = matchingClose(html, name, i);
                    i = end < 0 ? length : Math.max(end, close + 1);
                    continue;
                }
                // Inline tags vanish without a trace so that "Lav<b>rov</b>" stays one word.
                if (BLOCK_TAGS.contains(name)) {
                    out.append(BLOCK_BREAK);
                }
                i = close + 1;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i + 1);
                if (semicolon > i + 1 && semicolon - i <= 10) {
                    Optional<String> decoded = decode(html.substring(i + 1, semicolon));
                    if (decoded.isPresent()) {
                        out.append(decoded.get());
                        i = semicolon + 1;
                        continue;
                    }
                }
                out.append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** Whether an opening tag's class or id names page furniture. */
    private static boolean isFurniture(String openingTag) {
        Matcher attribute = CLASS_OR_ID.matcher(openingTag);
        while (attribute.find()) {
            String value = attribute.group(1) != null ? attribute.group(1)
                    : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            for (String word : value.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
                if (FURNITURE_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first opening tag {@code <name} (followed by '>' or white space) at or after {@code from}, or -1. */
    private static int indexOfTag(String html, String name, int from) {
        for (int i = indexOfIgnoreCase(html, "<" + name, from); i >= 0; i = indexOfIgnoreCase(html, "<" + name, i + 1)) {
            int after = i + 1 + name.length();
            if (after < html.length() && (html.charAt(after) == '>' || Character.isWhitespace(html.charAt(after)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The offset just past the close of the element whose opening tag starts at {@code open},
     * counting nested elements of the same name; -1 when it is never closed.
     */
    private static int matchingClose(String html, String name, int open) {
        int depth = 0;
        for (int i = html.indexOf('<', open); i >= 0; i = html.indexOf('<', i + 1)) {
            boolean closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (!html.regionMatches(true, nameStart, name, 0, name.length())) {
                continue;
            }
            int after = nameStart + name.length();
            if (after < html.length() && Character.isLetterOrDigit(html.charAt(after))) {
                continue;
            }
            int close = html.indexOf('>', after);
            if (close < 0) {
                return -1;
            }
            if (closing) {
                depth--;
                if (depth == 0) {
                    return close + 1;
                }
            } else if (html.charAt(close - 1) != '/') {
                depth++;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int to) {
        int start = from;
        if (start < to && html.charAt(start) == '/') {
            start++;
        }
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static Optional<String> decode(String entity) {
        if (entity.startsWith("#")) {
            try {
                int code = entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                return Optional.of(new String(Character.toChars(code)));
            } catch (IllegalArgumentException notACharacter) {
                // Not a number or not a code point: the text keeps the characters as written.
                return Optional.empty();
            }
        }
        return Optional.ofNullable(ENTITIES.get(entity));
    }

    /** Collapses white space to single spaces and block boundaries to exactly one blank line. */
    private static String normalise(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int newlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == BLOCK_BREAK) {
                newlines = 2;
                pendingSpace = false;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                // Line breaks in markup are ordinary white space; only block elements end paragraphs.
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append("\n\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                out.append(c);
                newlines = 0;
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    private static Optional<String> date(String html) {
        Matcher time = TIME_DATE.matcher(html);
        if (time.find()) {
            return Optional.of(time.group(1));
        }
        Matcher meta = META_DATE.matcher(html);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }
}
