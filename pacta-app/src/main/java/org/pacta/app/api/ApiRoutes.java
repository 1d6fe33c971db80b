package org.pacta.app.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.pacta.app.web.Auth;
import org.pacta.app.web.Http;
import org.pacta.app.web.WritePolicy;
import org.pacta.core.ItemTypes;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.access.Principal;
import org.pacta.core.instrument.InstrumentService;
import org.pacta.core.instrument.Version;
import org.pacta.core.json.Json;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemQuery;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Page;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;
import org.pacta.core.timeline.TimelineItem;
import org.pacta.core.timeline.TimelineService;

/** The registry's HTTP API under {@code /api/v1}: collections, nested lists, the timeline, OpenAPI. */
public final class ApiRoutes {

    public static final String BASE = "/api/v1";

    private final Pacta pacta;
    private final Auth auth;
    private final ReportRoutes reports;

    public ApiRoutes(Pacta pacta) {
        this.pacta = requireNonNull(pacta, "pacta is null");
        this.auth = new Auth(pacta.access());
        this.reports = new ReportRoutes(pacta, auth, this);
    }

    public Auth auth() {
        return auth;
    }

    public void register(RouteTable table) {
        List<Collections.Collection> collections = Collections.collections(pacta);
        table.get(BASE, "Index of the API's collections", List.of(), ctx -> index(ctx, collections));
        for (Collections.Collection collection : collections) {
            String path = BASE + "/" + collection.name();
            List<String> query = new java.util.ArrayList<>(ListParams.COMMON);
            collection.filter().ifPresent(f -> query.add(f.name()));
            table.get(path, "List " + collection.summary().toLowerCase(java.util.Locale.ROOT), query,
                    ctx -> list(ctx, collection));
            table.get(path + "/{id}", "One of: " + collection.summary().toLowerCase(java.util.Locale.ROOT), List.of(),
                    ctx -> Http.json(ctx, 200, collection.view().apply(pacta.registry().get(collection.kind(),
                            ctx.pathParam("id")))));
            if (collection.kind() == Kind.INSTRUMENT) {
                table.post(path, "Create an instrument with its first version", InstrumentService.NewInstrument.class,
                        this::createInstrument);
            } else if (collection.kind() == Kind.SOURCE) {
                table.post(path, "Record a source; with \"text\", import it as a press report: its quotations become "
                        + "attributed, classified statements", org.pacta.core.source.ReportImporter.NewReport.class,
                        ctx -> reports.createSource(ctx, collection));
            } else {
                table.post(path, "Record a new item of this collection", ItemTypes.of(collection.kind()),
                        ctx -> create(ctx, collection));
            }
        }
        for (Collections.Child child : Collections.children(collections)) {
            String path = BASE + "/" + child.parent().name() + "/{id}/" + child.name();
            table.get(path, child.summary(), List.of(), ctx -> children(ctx, child));
            table.post(path, "Record: " + child.summary().toLowerCase(java.util.Locale.ROOT),
                    ItemTypes.of(child.kind()), ctx -> createChild(ctx, child));
        }
        registerVersions(table, Collections.find(collections, "instruments"));
        registerPositions(table);
        table.get(BASE + "/tracks/{id}/concerns", "Concerns raised on the track; with ?of=A&by=B, which of A's concerns "
                + "B will discuss, which not, which are unanswered, and which B has stated itself", List.of("of", "by"),
                this::trackConcerns);
        new AccountRoutes(pacta, auth).register(table);
        new SignatureRoutes(pacta, auth).register(table);
        reports.register(table);
        table.get(BASE + "/timeline", "Every dated thing, merged, in date order", ListParams.COMMON, this::timeline);
    }

    private void registerVersions(RouteTable table, Collections.Collection instruments) {
        String path = BASE + "/instruments/{id}/versions";
        table.get(path, "Versions of the instrument, oldest first", List.of(), ctx -> {
            pacta.registry().get(Kind.INSTRUMENT, ctx.pathParam("id"));
            Http.json(ctx, 200, Views.array(pacta.registry().children(Kind.VERSION, ctx.pathParam("id"))));
        });
        table.post(path, "Propose the next version (its number is assigned)", Version.class, ctx -> {
            Principal principal = auth.require(ctx);
            String id = ctx.pathParam("id");
            ObjectNode body = object(ctx);
            body.put("instrument", id);
            body.put("number", 1);
            WritePolicy.check(principal, Json.read(body, Version.class));
            body.remove("number");
            Version version = pacta.instruments().addVersion(principal.actor(), id, body);
            ctx.header("Location", path.replace("{id}", id) + "/" + version.number());
            Http.json(ctx, 201, Views.of(pacta.registry().get(Kind.VERSION, version.id())));
        });
        String one = path + "/{n}";
        table.get(one, "One version of the instrument", List.of(), ctx -> Http.json(ctx, 200,
                Views.of(pacta.registry().get(Kind.VERSION, Version.idOf(ctx.pathParam("id"), Http.intPath(ctx, "n"))))));
        for (String method : List.of("put", "patch", "delete")) {
            table.refuse(method, one, "Versions are immutable: always 405", ctx -> {
                throw new io.javalin.http.HttpResponseException(405, "versions are immutable: propose a new version "
                        + "with POST " + path.replace("{id}", ctx.pathParam("id")));
            });
        }
    }

    private void registerPositions(RouteTable table) {
        String path = BASE + "/instruments/{id}/versions/{n}/positions";
        table.get(path, "Parties' positions on the provisions of this version", List.of(), ctx -> {
            String id = ctx.pathParam("id");
            int number = Http.intPath(ctx, "n");
            pacta.registry().get(Kind.VERSION, Version.idOf(id, number));
            Http.json(ctx, 200, Views.array(pacta.registry().children(Kind.POSITION, id).stream()
                    .filter(p -> p.body().get("version").asInt() == number).toList()));
        });
        table.post(path, "Record a party's position (ACCEPT, REJECT, RESERVE, COUNTER_PROPOSAL with text) on a provision",
                org.pacta.core.instrument.Position.class, ctx -> {
                    Principal principal = auth.require(ctx);
                    String id = ctx.pathParam("id");
                    int number = Http.intPath(ctx, "n");
                    pacta.registry().get(Kind.VERSION, Version.idOf(id, number));
                    ObjectNode body = object(ctx);
                    requireSame(body, "instrument", id);
                    requireSame(body, "version", String.valueOf(number));
                    body.put("instrument", id);
                    body.put("version", number);
                    Item item = Json.read(body, org.pacta.core.instrument.Position.class);
                    WritePolicy.check(principal, item);
                    pacta.registry().append(principal.actor(), item);
                    created(ctx, path.replace("{id}", id).replace("{n}", String.valueOf(number)),
                            Views.of(pacta.registry().get(Kind.POSITION, item.id())));
                });
    }

    private void trackConcerns(Context ctx) {
        String track = ctx.pathParam("id");
        Optional<String> of = Http.query(ctx, "of");
        Optional<String> by = Http.query(ctx, "by");
        if (of.isPresent() != by.isPresent()) {
            throw new PactaException.InvalidInput(of.isPresent() ? "by" : "of", "of and by come together: "
                    + "?of=<party raising concerns>&by=<party answering>");
        }
        if (of.isPresent()) {
            pacta.registry().get(Kind.PARTY, of.get());
            pacta.registry().get(Kind.PARTY, by.get());
            Http.json(ctx, 200, pacta.negotiation().concernsBetween(track, of.get(), by.get()));
            return;
        }
        pacta.registry().get(Kind.TRACK, track);
        ArrayNode all = Json.mapper().createArrayNode();
        pacta.registry().children(Kind.CONCERN, track).forEach(c -> all.add(pacta.negotiation().concernView(c)));
        Http.json(ctx, 200, all);
    }

    private static void requireSame(ObjectNode body, String field, String fromPath) {
        JsonNode given = body.get(field);
        if (given != null && !given.asText().equals(fromPath)) {
            throw new PactaException.InvalidInput(field, field + " is taken from the path (" + fromPath
                    + "); the body says " + given.asText());
        }
    }

    private void index(Context ctx, List<Collections.Collection> collections) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("name", "Pacta");
        root.put("openapi", BASE + "/openapi.json");
        root.put("logSize", pacta.registry().size());
        ObjectNode links = root.putObject("collections");
        collections.forEach(c -> links.put(c.name(), BASE + "/" + c.name()));
        links.put("timeline", BASE + "/timeline");
        Http.json(ctx, 200, root);
    }

    private void list(Context ctx, Collections.Collection collection) {
        ItemQuery query = ListParams.query(ctx, List.of(collection.kind()), collection.filter());
        Page<StoredItem> page = pacta.registry().list(query);
        Http.json(ctx, 200, page(page.map(collection.view())));
    }

    private void timeline(Context ctx) {
        ItemQuery query = ListParams.query(ctx, TimelineService.KINDS, Optional.empty());
        Page<TimelineItem> page = pacta.timeline().list(query);
        Http.json(ctx, 200, page(page.map(Json::tree)));
    }

    private static ObjectNode page(Page<? extends JsonNode> page) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode items = root.putArray("items");
        page.items().forEach(items::add);
        if (page.next().isPresent()) {
            root.put("next", page.next().get().encode());
        } else {
            root.putNull("next");
        }
        return root;
    }

    private void children(Context ctx, Collections.Child child) {
        pacta.registry().get(child.parent().kind(), ctx.pathParam("id"));
        Http.json(ctx, 200, Views.array(pacta.registry().children(child.kind(), ctx.pathParam("id"))));
    }

    void create(Context ctx, Collections.Collection collection) {
        create(ctx, collection, object(ctx));
    }

    void create(Context ctx, Collections.Collection collection, ObjectNode body) {
        Principal principal = auth.require(ctx);
        Item item = Json.read(body, ItemTypes.of(collection.kind()));
        WritePolicy.check(principal, item);
        pacta.registry().append(principal.actor(), item);
        created(ctx, BASE + "/" + collection.name() + "/" + item.id(), collection.view().apply(
                pacta.registry().get(collection.kind(), item.id())));
    }

    private void createInstrument(Context ctx) {
        Principal principal = auth.require(ctx);
        InstrumentService.NewInstrument request = Json.read(object(ctx), InstrumentService.NewInstrument.class);
        WritePolicy.checkActingFor(principal, request.proposedBy());
        String id = pacta.instruments().create(principal.actor(), request);
        created(ctx, BASE + "/instruments/" + id, pacta.instruments().view(pacta.registry().get(Kind.INSTRUMENT, id)));
    }

    private void createChild(Context ctx, Collections.Child child) {
        Principal principal = auth.require(ctx);
        String parent = ctx.pathParam("id");
        pacta.registry().get(child.parent().kind(), parent);
        ObjectNode body = object(ctx);
        requireSame(body, child.parentField(), parent);
        body.put(child.parentField(), parent);
        Item item = Json.read(body, ItemTypes.of(child.kind()));
        WritePolicy.check(principal, item);
        pacta.registry().append(principal.actor(), item);
        created(ctx, BASE + "/" + child.parent().name() + "/" + parent + "/" + child.name(),
                Views.of(pacta.registry().get(child.kind(), item.id())));
    }

    static ObjectNode object(Context ctx) {
        JsonNode node = Json.tree(Http.body(ctx));
        if (!node.isObject()) {
            throw new PactaException.InvalidInput(null, "the request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * Answers 201 with the new item. With {@code ?wait=checkpoint} the answer waits (up to ten
     * seconds) until a signed checkpoint covers the write, and names that checkpoint's size.
     */
    void created(Context ctx, String location, JsonNode view) {
        if ("checkpoint".equals(ctx.queryParam("wait")) && pacta.hasLog()) {
            long index = view.path("logIndex").asLong();
            try {
                if (!pacta.log().awaitCovered(index, 10_000)) {
                    throw new PactaException.Unavailable("the write is recorded (log index " + index + ") but no "
                            + "checkpoint covered it within 10 s", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PactaException.Unavailable("interrupted while waiting for a checkpoint", e);
            }
            ctx.header("Pacta-Checkpoint-Size", Long.toString(pacta.log().store().integratedSize()));
        }
        ctx.header("Location", location);
        Http.json(ctx, 201, view);
    }
}
