package org.pacta.app.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.pacta.app.web.Auth;
import org.pacta.app.web.Http;
import org.pacta.app.web.WritePolicy;
import org.pacta.core.Pacta;
import org.pacta.core.access.Principal;
import org.pacta.core.instrument.InstrumentService;
import org.pacta.core.instrument.PartyKey;
import org.pacta.core.instrument.PartySignature;
import org.pacta.core.instrument.Redline;
import org.pacta.core.instrument.Version;
import org.pacta.core.instrument.VersionText;
import org.pacta.core.json.Json;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Views;

/** Redlines between versions, the text a party signs, party signatures, and signed versions for offline checks. */
final class SignatureRoutes {

    static final String SIGNED_FORMAT = "pacta-signed-version/v1";
    private final Pacta pacta;
    private final Auth auth;

    SignatureRoutes(Pacta pacta, Auth auth) {
        this.pacta = requireNonNull(pacta, "pacta is null");
        this.auth = requireNonNull(auth, "auth is null");
    }

    void register(RouteTable table) {
        String base = ApiRoutes.BASE + "/instruments/{id}";
        table.get(base + "/diff", "Per provision eid: added, removed, changed or unchanged, with a word-level redline",
                List.of("from", "to"), ctx -> {
                    String id = ctx.pathParam("id");
                    int from = Http.intQuery(ctx, "from", 0);
                    int to = Http.intQuery(ctx, "to", 0);
                    Redline redline = Redline.between(pacta.instruments().version(id, from == 0 ? 1 : from),
                            pacta.instruments().version(id, to == 0 ? pacta.instruments().versions(id).size() : to));
                    Http.json(ctx, 200, diff(id, redline));
                });
        table.get(base + "/versions/{n}/text", "The version's canonical text, its SHA-256 digest and the message a party "
                + "signs", List.of(), ctx -> {
                    Version version = pacta.instruments().version(ctx.pathParam("id"), Http.intPath(ctx, "n"));
                    ObjectNode node = Json.mapper().createObjectNode();
                    node.put("canonical", VersionText.canonical(version));
                    node.put("digest", VersionText.digest(version));
                    node.put("message", new String(VersionText.message(version), StandardCharsets.UTF_8));
                    Http.json(ctx, 200, node);
                });
        table.get(base + "/versions/{n}/signed", "The version with its verified party signatures and the signers' keys ("
                + SIGNED_FORMAT + "), verifiable offline with pacta verify", List.of(), ctx -> {
                    String id = ctx.pathParam("id");
                    Version version = pacta.instruments().version(id, Http.intPath(ctx, "n"));
                    ObjectNode node = Json.mapper().createObjectNode();
                    node.put("format", SIGNED_FORMAT);
                    node.set("version", Json.tree(version));
                    node.put("digest", VersionText.digest(version));
                    ArrayNode signatures = node.putArray("signatures");
                    for (var stored : pacta.registry().children(Kind.SIGNATURE, id)) {
                        PartySignature signature = stored.as(PartySignature.class);
                        if (signature.version() != version.number()) {
                            continue;
                        }
                        ObjectNode entry = signatures.addObject();
                        entry.put("party", signature.party());
                        entry.put("signature", signature.signature());
                        entry.put("logIndex", stored.logIndex());
                        ArrayNode keys = entry.putArray("keys");
                        pacta.registry().children(Kind.KEY, signature.party())
                                .forEach(k -> keys.add(k.as(PartyKey.class).vkey()));
                    }
                    ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-v" + version.number() + ".signed.json\"");
                    Http.json(ctx, 200, node);
                });
        table.get(base + "/signatures", "Verified party signatures over the instrument's versions", List.of(), ctx -> {
            pacta.registry().get(Kind.INSTRUMENT, ctx.pathParam("id"));
            Http.json(ctx, 200, Views.array(pacta.registry().children(Kind.SIGNATURE, ctx.pathParam("id"))));
        });
        table.post(base + "/signatures", "Record a party's signature over the latest version (what pacta sign sends); "
                + "verified against the party's registered keys before it is recorded, with the SIGN action it amounts to",
                InstrumentService.SignRequest.class, ctx -> {
                    Principal principal = auth.require(ctx);
                    InstrumentService.SignRequest request = Json.read(Http.body(ctx), InstrumentService.SignRequest.class);
                    WritePolicy.checkActingFor(principal, java.util.Optional.of(request.party()));
                    PartySignature signature = pacta.instruments().sign(principal.actor(), ctx.pathParam("id"), request);
                    ctx.header("Location", base.replace("{id}", ctx.pathParam("id")) + "/signatures");
                    Http.json(ctx, 201, Views.of(pacta.registry().get(Kind.SIGNATURE, signature.id())));
                });
    }

    private static ObjectNode diff(String instrument, Redline redline) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("instrument", instrument).put("from", redline.from()).put("to", redline.to());
        ObjectNode counts = node.putObject("counts");
        for (Redline.Change change : Redline.Change.values()) {
            counts.put(change.name().toLowerCase(Locale.ROOT), redline.count(change));
        }
        ArrayNode provisions = node.putArray("provisions");
        for (Redline.ProvisionChange change : redline.provisions()) {
            ObjectNode p = provisions.addObject();
            p.put("eid", change.eid());
            p.put("change", change.change().name().toLowerCase(Locale.ROOT));
            p.put("renumbered", change.renumbered());
            change.before().ifPresent(b -> p.set("before", Json.tree(b)));
            change.after().ifPresent(a -> p.set("after", Json.tree(a)));
            p.set("redline", tokens(change.text()));
            if (change.heading().stream().anyMatch(t -> t.op() != Redline.Op.EQUAL)) {
                p.set("headingRedline", tokens(change.heading()));
            }
        }
        return node;
    }

    private static ArrayNode tokens(List<Redline.Token> tokens) {
        ArrayNode array = Json.mapper().createArrayNode();
        tokens.forEach(t -> array.addObject().put("op", t.op().name().toLowerCase(Locale.ROOT)).put("text", t.text()));
        return array;
    }
}
