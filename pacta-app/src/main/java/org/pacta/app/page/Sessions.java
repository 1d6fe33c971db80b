package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pacta.core.access.Principal;

/**
 * Browser sessions, in memory: a random id in an HttpOnly, SameSite=Strict cookie, the signed-in
 * principal (none before sign-in) and a per-session CSRF token that every form carries. A session
 * ends after {@link #IDLE} without a visit; a restart signs everyone out, which is acceptable for a
 * single-process server and keeps no secret on disk.
 */
final class Sessions {

    static final String COOKIE = "pacta_session";
    static final String CSRF_FIELD = "csrf";
    static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 100_000;

    /** One session; {@code principal} is empty until its visitor signs in. */
    record Session(String id, Optional<Principal> principal, String csrf, Instant expires) {
        Session {
            requireNonNull(id, "id is null");
            requireNonNull(principal, "principal is null");
            requireNonNull(csrf, "csrf is null");
            requireNonNull(expires, "expires is null");
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The request's live session, renewing its expiry; empty when it has none or it expired. */
    Optional<Session> find(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null || session.expires().isBefore(now)) {
            if (session != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        Session renewed = new Session(id, session.principal(), session.csrf(), now.plus(IDLE));
        sessions.replace(id, renewed);
        return Optional.of(renewed);
    }

    /** The request's session, or a new anonymous one (so that even the sign-in form has a CSRF token). */
    Session findOrStart(Context ctx) {
        return find(ctx).orElseGet(() -> start(ctx, Optional.empty()));
    }

    /**
     * Starts a new session for {@code principal}, ending the request's old one: a new id at sign-in, so
     * an id planted before it (session fixation) is worth nothing afterwards.
     */
    Session start(Context ctx, Optional<Principal> principal) {
        end(ctx);
        if (sessions.size() >= MAX_SESSIONS) {
            purge();
        }
        Session session = new Session(token(), principal, token(), clock.instant().plus(IDLE));
        sessions.put(session.id(), session);
        // A session cookie (no max-age): the browser forgets it when it closes; the server after IDLE.
        ctx.cookie(new Cookie(COOKIE, session.id(), "/", -1, "https".equals(ctx.scheme()), true, null,
                SameSite.STRICT));
        return session;
    }

    void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
            ctx.removeCookie(COOKIE, "/");
        }
    }

    /** Whether the form's CSRF field matches the request's session, compared in constant time. */
    boolean csrfOk(Context ctx) {
        String sent = ctx.formParam(CSRF_FIELD);
        Optional<Session> session = find(ctx);
        return sent != null && session.isPresent() && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), session.get().csrf().getBytes(StandardCharsets.UTF_8));
    }

    private void purge() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> s.expires().isBefore(now));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
