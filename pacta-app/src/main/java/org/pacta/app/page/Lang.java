package org.pacta.app.page;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages speak. A request's language is, in order: {@code ?lang=} (which is then
 * remembered in a cookie, so one click on the switch is enough), the cookie, the browser's
 * Accept-Language, English.
 */
public enum Lang {
    EN("en", Locale.ENGLISH, "English"),
    FR("fr", Locale.FRENCH, "Français");

    static final String COOKIE = "pacta_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Lang(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public static Optional<Lang> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The language of this request; sets the cookie when {@code ?lang=} chose one. */
    static Lang resolve(Context ctx) {
        Optional<Lang> asked = of(ctx.queryParam("lang"));
        if (asked.isPresent()) {
            if (!asked.get().code.equals(ctx.cookie(COOKIE))) {
                ctx.cookie(new Cookie(COOKIE, asked.get().code, "/", ONE_YEAR, false, true, "", SameSite.LAX));
            }
            return asked.get();
        }
        return of(ctx.cookie(COOKIE)).orElseGet(() -> fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** The best of our languages for an Accept-Language header (RFC 9110 §12.5.4), English when none fits. */
    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            String best = Locale.lookupTag(ranges, Arrays.stream(values()).map(Lang::code).toList());
            return of(best).orElse(EN);
        } catch (IllegalArgumentException malformed) {
            // A malformed header is the client's problem; the page is still worth serving.
            return EN;
        }
    }
}
