package org.pacta.app.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.access.AccessService;
import org.pacta.core.access.Principal;

/** Reads the bearer token of a request. Reads are public; every write must carry a valid token. */
public final class Auth {

    private static final String PRINCIPAL = "pacta.principal";
    private final AccessService access;

    public Auth(AccessService access) {
        this.access = requireNonNull(access, "access is null");
    }

    /** The caller of a write: fails with 401 when the token is missing or unknown. */
    public Principal require(Context ctx) {
        Principal cached = ctx.attribute(PRINCIPAL);
        if (cached != null) {
            return cached;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new PactaException.Unauthorized("this request writes: send Authorization: Bearer <token> "
                    + "(the admin token is in <data>/admin.token)");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new PactaException.Unauthorized("Authorization must use the Bearer scheme");
        }
        Optional<Principal> principal = access.authenticate(header.substring(7));
        if (principal.isEmpty()) {
            throw new PactaException.Unauthorized("the bearer token is not valid");
        }
        ctx.attribute(PRINCIPAL, principal.get());
        return principal.get();
    }
}
