package org.pacta.app.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.pacta.app.web.Auth;
import org.pacta.app.web.WritePolicy;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.access.Principal;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.json.Json;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Views;
import org.pacta.core.source.ReportImporter;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

/**
 * Press reports: import one as a Source with its extracted Statements, read its text back, and turn
 * a statement into an oral commitment or an allegation with the statement as its evidence.
 */
final class ReportRoutes {

    private final Pacta pacta;
    private final Auth auth;
    private final ApiRoutes api;

    ReportRoutes(Pacta pacta, Auth auth, ApiRoutes api) {
        this.pacta = requireNonNull(pacta, "pacta is null");
        this.auth = requireNonNull(auth, "auth is null");
        this.api = requireNonNull(api, "api is null");
    }

    void register(RouteTable table) {
        table.get(ApiRoutes.BASE + "/sources/{id}/text", "The text of an imported report (checked against its contentHash)",
                List.of(), ctx -> {
                    Source source = pacta.registry().get(Kind.SOURCE, ctx.pathParam("id")).as(Source.class);
                    String text = source.contentHash().flatMap(h -> pacta.content().get(h)).orElseThrow(() ->
                            new PactaException.NotFound("no text is stored for source " + source.id()));
                    ctx.contentType("text/plain; charset=utf-8").result(text);
                });
        table.post(ApiRoutes.BASE + "/statements/{id}/commitment", "Turn a statement into an ORAL commitment it evidences "
                + "(body: the commitment's fields; madeBy defaults to the speaker's party, text to the quotation)",
                Commitment.class, ctx -> fromStatement(ctx, Kind.COMMITMENT));
        table.post(ApiRoutes.BASE + "/statements/{id}/allegation", "Turn a statement into an allegation it evidences "
                + "(body: the allegation's fields; accuser defaults to the speaker's party, text to the quotation)",
                Allegation.class, ctx -> fromStatement(ctx, Kind.ALLEGATION));
    }

    void createSource(Context ctx, Collections.Collection sources) {
        ObjectNode body = ApiRoutes.object(ctx);
        if (!body.has("text")) {
            api.create(ctx, sources, body);
            return;
        }
        Principal principal = auth.require(ctx);
        if (principal.role() != org.pacta.core.access.Role.ADMIN && principal.role() != org.pacta.core.access.Role.ANALYST) {
            throw new PactaException.Forbidden("an admin or analyst imports press reports");
        }
        ReportImporter.NewReport report = Json.read(body, ReportImporter.NewReport.class);
        List<Item> items = pacta.reports().importReport(principal.actor(), report);
        ObjectNode view = Views.of(pacta.registry().get(Kind.SOURCE, items.get(0).id()));
        view.set("statements", Views.array(pacta.registry().children(Kind.STATEMENT, items.get(0).id())));
        api.created(ctx, ApiRoutes.BASE + "/sources/" + items.get(0).id(), view);
    }

    private void fromStatement(Context ctx, Kind kind) {
        Principal principal = auth.require(ctx);
        Statement statement = pacta.registry().get(Kind.STATEMENT, ctx.pathParam("id")).as(Statement.class);
        ObjectNode body = ApiRoutes.object(ctx);
        body.put("statement", statement.id());
        if (!body.has("text")) {
            body.put("text", statement.quote());
        }
        if (!body.has("date")) {
            statement.date().ifPresent(d -> body.put("date", d.text()));
        }
        if (!body.withArray("sources").toString().contains("\"" + statement.source() + "\"")) {
            body.withArray("sources").add(statement.source());
        }
        String partyField = kind == Kind.COMMITMENT ? "madeBy" : "accuser";
        if (!body.has(partyField)) {
            statement.party().ifPresent(p -> body.put(partyField, p));
        }
        if (kind == Kind.COMMITMENT && !body.has("form")) {
            body.put("form", "ORAL");
        }
        Item item = Json.read(body, org.pacta.core.ItemTypes.of(kind));
        WritePolicy.check(principal, item);
        pacta.registry().append(principal.actor(), item);
        ObjectNode view = kind == Kind.COMMITMENT ? pacta.commitments().view(pacta.registry().get(kind, item.id()))
                : pacta.allegations().view(pacta.registry().get(kind, item.id()));
        api.created(ctx, ApiRoutes.BASE + "/" + (kind == Kind.COMMITMENT ? "commitments/" : "allegations/")
                + item.id(), view);
    }
}
