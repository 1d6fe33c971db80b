package org.pacta.app.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pacta.app.web.Auth;
import org.pacta.app.web.Http;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.access.AccessService;
import org.pacta.core.access.Principal;
import org.pacta.core.access.Role;
import org.pacta.core.json.Json;
import org.pacta.core.registry.Kind;

/** Accounts: an admin creates users, each answered once with its bearer token. */
final class AccountRoutes {

    private final Pacta pacta;
    private final Auth auth;

    AccountRoutes(Pacta pacta, Auth auth) {
        this.pacta = requireNonNull(pacta, "pacta is null");
        this.auth = requireNonNull(auth, "auth is null");
    }

    void register(RouteTable table) {
        table.post(ApiRoutes.BASE + "/users", "Create an account (admin only); answers its token, shown once",
                AccessService.NewAccount.class, ctx -> {
                    Principal principal = auth.require(ctx);
                    if (principal.role() != Role.ADMIN) {
                        throw new PactaException.Forbidden("only an ADMIN creates accounts");
                    }
                    AccessService.NewAccount account = Json.read(Http.body(ctx), AccessService.NewAccount.class);
                    account.party().ifPresent(p -> {
                        if (!pacta.registry().exists(Kind.PARTY, p)) {
                            throw new PactaException.InvalidInput("party", "party: no party has the id \"" + p + "\"");
                        }
                    });
                    String token = pacta.access().createAccount(account);
                    ObjectNode answer = Json.mapper().createObjectNode();
                    answer.put("name", account.name()).put("role", account.role().name());
                    account.party().ifPresent(p -> answer.put("party", p));
                    answer.put("token", token);
                    Http.json(ctx, 201, answer);
                });
    }
}
