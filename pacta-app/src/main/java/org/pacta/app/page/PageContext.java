package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.access.Principal;
import org.pacta.core.access.Role;
import org.pacta.core.date.Edtf;
import org.pacta.core.date.EdtfFormat;
import org.pacta.core.registry.Kind;

/**
 * What every template gets besides its own view: the request's language and words, the page's title
 * and section (for the navigation), where the language switch should lead, the registry snapshot
 * for names and links, and formatting of dates and numbers in the page's language.
 *
 * @param path the request path, for the language switch
 * @param query the request's query parameters other than {@code lang}, in order
 * @param section the navigation entry this page belongs to ({@code home}, {@code parties}...)
 * @param user who is signed in, if anyone
 * @param csrf the session's CSRF token for the forms of this page (blank without a session)
 */
public record PageContext(Lang lang, Texts texts, Snapshot s, Assets assets, String path,
        List<Map.Entry<String, String>> query, String title, String section, Optional<Principal> user, String csrf) {

    public PageContext {
        requireNonNull(lang, "lang is null");
        requireNonNull(texts, "texts is null");
        requireNonNull(s, "s is null");
        requireNonNull(assets, "assets is null");
        requireNonNull(path, "path is null");
        query = List.copyOf(query);
        requireNonNull(title, "title is null");
        requireNonNull(section, "section is null");
        requireNonNull(user, "user is null");
        requireNonNull(csrf, "csrf is null");
    }

    /** The same request with another title and section (a route knows them only after it has looked). */
    public PageContext titled(String newTitle, String newSection) {
        return new PageContext(lang, texts, s, assets, path, query, newTitle, newSection, user, csrf);
    }

    /** Whether the visitor may record anything at all (WritePolicy decides item by item on POST). */
    public boolean canWrite() {
        return user.filter(u -> u.role() != Role.WITNESS).isPresent();
    }

    /** Whether the visitor may import press reports (admins and analysts). */
    public boolean canImport() {
        return user.filter(u -> u.role() == Role.ADMIN || u.role() == Role.ANALYST).isPresent();
    }

    /** A message in the page's language. */
    public String m(String key, Object... arguments) {
        return texts.get(lang, key, arguments);
    }

    /** The label of an enumeration value: the message {@code SimpleName.VALUE}. */
    public String label(Enum<?> value) {
        return m(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The label of an item kind, singular. */
    public String kind(Kind kind) {
        return m("Kind." + kind.name());
    }

    /** The label of an item kind, plural. */
    public String kinds(Kind kind) {
        return m("Kinds." + kind.name());
    }

    public String date(Edtf date) {
        return EdtfFormat.forLocale(lang.locale()).format(date);
    }

    public String date(Optional<Edtf> date) {
        return date.map(this::date).orElse(m("date.unknown"));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(value);
    }

    /** A share as a whole percentage ("67 %" in French, "67%" in English). */
    public String percent(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        return NumberFormat.getPercentInstance(lang.locale()).format((double) part / whole);
    }

    /** A party's short display name, or its id when it is not (yet) known. */
    public String name(String partyId) {
        return s.partyName(partyId);
    }

    /** A readable one-line title of any item, in the page's language (see {@link Titles}). */
    public String title(Snapshot.Entry entry) {
        return Titles.of(this, entry);
    }

    public String href(Kind kind, String id) {
        return s.href(kind, id);
    }

    /** This page in another language: the same path and query, with {@code lang} set. */
    public String switchHref(Lang other) {
        StringBuilder out = new StringBuilder(path).append('?');
        for (Map.Entry<String, String> parameter : query) {
            out.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue())).append('&');
        }
        return out.append("lang=").append(other.code()).toString();
    }

    public List<Lang> languages() {
        return List.of(Lang.values());
    }

    /** The site's sections, in navigation order, the current one marked. */
    public List<NavItem> nav() {
        List<NavItem> out = new ArrayList<>();
        for (String name : SECTIONS) {
            out.add(new NavItem(name.equals("home") ? "/" : "/" + name, m("nav." + name), name.equals(section)));
        }
        return out;
    }

    private static final List<String> SECTIONS = List.of("home", "parties", "instruments", "tracks", "commitments",
            "allegations", "sources", "timeline", "analysis", "log");

    /** One entry of the site navigation. */
    public record NavItem(String href, String label, boolean current) {
    }

    /** A URL query value, encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The query parameters of a request other than {@code lang}, in order. */
    static List<Map.Entry<String, String>> queryWithoutLang(Map<String, List<String>> parameters) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!name.equals("lang")) {
                values.forEach(v -> out.add(Map.entry(name, v)));
            }
        });
        return out;
    }
}
