package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pacta.app.web.WritePolicy;
import org.pacta.core.ItemTypes;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.access.Principal;
import org.pacta.core.access.Role;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Form;
import org.pacta.core.instrument.Position;
import org.pacta.core.json.Json;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.Kind;
import org.pacta.core.source.ReportImporter;

/**
 * {@code /new/{form}}: the forms that write through the pages. A form's fields become the same JSON
 * the API reads, so the records' own validation speaks for both; its {@code InvalidInput} field path
 * puts each error next to the field at fault. {@link WritePolicy} decides who may record what, on
 * every POST, whatever the form offered; nothing is written unless everything passed, and a success
 * redirects to the new item's page (post/redirect/get).
 */
public final class FormPages {

    /** How a field is entered and turned into JSON. */
    public enum Input {
        TEXT, TEXTAREA, DATE, NUMBER, LIST, CHOICE, PARTY
    }

    /** One field; {@code choices} are the enumeration's names for a {@link Input#CHOICE}. */
    public record Field(String name, Input input, boolean required, List<String> choices, String choiceType) {
        public Field {
            requireNonNull(name, "name is null");
            requireNonNull(input, "input is null");
            choices = List.copyOf(choices);
            requireNonNull(choiceType, "choiceType is null");
        }

        static Field of(String name, Input input, boolean required) {
            return new Field(name, input, required, List.of(), "");
        }

        static Field choice(String name, Class<? extends Enum<?>> type) {
            return new Field(name, Input.CHOICE, true, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                    type.getSimpleName());
        }
    }

    /** A form: its address, the kind it records (none for a press report), and its fields in order. */
    public record Spec(String slug, Optional<Kind> kind, List<Field> fields) {
        public Spec {
            requireNonNull(slug, "slug is null");
            requireNonNull(kind, "kind is null");
            fields = List.copyOf(fields);
        }
    }

    /** A party the visitor may choose in a party field. */
    public record Choice(String id, String name) {
    }

    /**
     * The form as shown: the values entered (kept after a failed submit), an error per field, an error
     * about the whole form, and the parties the visitor may act for.
     */
    public record FormView(Spec spec, Map<String, String> values, Map<String, String> errors,
            Optional<String> general, List<Choice> parties) {
    }

    static final Map<String, Spec> SPECS = specs();

    private static Map<String, Spec> specs() {
        Map<String, Spec> out = new LinkedHashMap<>();
        out.put("stance", new Spec("stance", Optional.of(Kind.STANCE), List.of(Field.of("concern", Input.TEXT, true),
                Field.of("party", Input.PARTY, true), Field.choice("stance", Stance.StanceValue.class),
                Field.of("date", Input.DATE, true), Field.of("note", Input.TEXTAREA, false),
                Field.of("sources", Input.LIST, false))));
        out.put("position", new Spec("position", Optional.of(Kind.POSITION), List.of(
                Field.of("instrument", Input.TEXT, true), Field.of("version", Input.NUMBER, true),
                Field.of("eid", Input.TEXT, true), Field.of("party", Input.PARTY, true),
                Field.choice("position", Position.Stand.class), Field.of("text", Input.TEXTAREA, false),
                Field.of("date", Input.DATE, false), Field.of("note", Input.TEXTAREA, false),
                Field.of("sources", Input.LIST, false))));
        out.put("commitment", new Spec("commitment", Optional.of(Kind.COMMITMENT), List.of(
                Field.of("madeBy", Input.PARTY, true), Field.of("madeTo", Input.LIST, true),
                Field.choice("form", Form.class), Field.of("date", Input.DATE, true),
                Field.of("text", Input.TEXTAREA, true), Field.of("sources", Input.LIST, true),
                Field.of("instrument", Input.TEXT, false), Field.of("provision", Input.TEXT, false),
                Field.of("note", Input.TEXTAREA, false))));
        out.put("allegation", new Spec("allegation", Optional.of(Kind.ALLEGATION), List.of(
                Field.of("accuser", Input.PARTY, true), Field.of("accused", Input.TEXT, true),
                Field.of("date", Input.DATE, true), Field.of("text", Input.TEXTAREA, true),
                Field.choice("finding", Allegation.Finding.class), Field.of("commitment", Input.TEXT, false),
                Field.of("instrument", Input.TEXT, false), Field.of("provision", Input.TEXT, false),
                Field.of("sources", Input.LIST, false), Field.of("note", Input.TEXTAREA, false))));
        out.put("report", new Spec("report", Optional.empty(), List.of(Field.of("title", Input.TEXT, true),
                Field.of("publisher", Input.TEXT, false), Field.of("url", Input.TEXT, false),
                Field.of("date", Input.DATE, false), Field.of("language", Input.TEXT, false),
                Field.of("text", Input.TEXTAREA, true))));
        return Map.copyOf(out);
    }

    private final Pacta pacta;
    private final Supplier<Snapshot> snapshot;

    FormPages(Pacta pacta, Supplier<Snapshot> snapshot) {
        this.pacta = requireNonNull(pacta, "pacta is null");
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
    }

    /** GET: the empty form, prefilled from the query (the page that linked here knows the concern...). */
    void show(PageRequest r, Principal principal) {
        Spec spec = spec(r);
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : spec.fields()) {
            r.param(field.name()).ifPresent(v -> values.put(field.name(), v));
        }
        principal.party().ifPresent(own -> spec.fields().stream().filter(f -> f.input() == Input.PARTY)
                .forEach(f -> values.putIfAbsent(f.name(), own)));
        render(r, 200, new FormView(spec, values, Map.of(), Optional.empty(), parties(r, principal)));
    }

    /** POST: validates, checks the write policy, records, and redirects; or shows the form again. */
    void submit(PageRequest r, Principal principal) {
        Spec spec = spec(r);
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : spec.fields()) {
            String value = r.ctx().formParam(field.name());
            if (value != null && !value.isBlank()) {
                values.put(field.name(), value.strip());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field field : spec.fields()) {
            if (field.required() && !values.containsKey(field.name())) {
                errors.put(field.name(), r.page().m("form.required"));
            }
        }
        int status = 400;
        Optional<String> general = Optional.empty();
        if (errors.isEmpty()) {
            try {
                String location = write(spec, json(spec, values), principal);
                r.ctx().redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            } catch (PactaException.InvalidInput e) {
                String field = e.field().map(FormPages::topLevel).orElse("");
                if (spec.fields().stream().anyMatch(f -> f.name().equals(field))) {
                    errors.put(field, e.getMessage());
                } else {
                    general = Optional.of(e.getMessage());
                }
            } catch (PactaException.Forbidden e) {
                status = 403;
                Optional<Field> party = spec.fields().stream().filter(f -> f.input() == Input.PARTY).findFirst();
                String message = r.page().m("form.forbidden", e.getMessage());
                if (party.isPresent()) {
                    errors.put(party.get().name(), message);
                } else {
                    general = Optional.of(message);
                }
            } catch (PactaException.NotFound | PactaException.Conflict e) {
                status = e instanceof PactaException.NotFound ? 400 : 409;
                general = Optional.of(e.getMessage());
            }
        }
        render(r, status, new FormView(spec, values, errors, general, parties(r, principal)));
    }

    /** Records the form's item and answers the address of its page. */
    private String write(Spec spec, ObjectNode node, Principal principal) {
        if (spec.kind().isEmpty()) {
            if (principal.role() != Role.ADMIN && principal.role() != Role.ANALYST) {
                throw new PactaException.Forbidden("an admin or analyst imports press reports");
            }
            ReportImporter.NewReport report = Json.read(node, ReportImporter.NewReport.class);
            List<Item> items = pacta.reports().importReport(principal.actor(), report);
            return snapshot.get().href(Kind.SOURCE, items.get(0).id());
        }
        Kind kind = spec.kind().get();
        Item item = Json.read(node, ItemTypes.of(kind));
        WritePolicy.check(principal, item);
        pacta.registry().append(principal.actor(), item);
        return snapshot.get().href(kind, item.id());
    }

    private static ObjectNode json(Spec spec, Map<String, String> values) {
        ObjectNode node = Json.mapper().createObjectNode();
        for (Field field : spec.fields()) {
            String value = values.get(field.name());
            if (value == null) {
                continue;
            }
            switch (field.input()) {
                case LIST -> {
                    ArrayNode array = node.putArray(field.name());
                    Arrays.stream(value.split("[,\\s]+")).filter(v -> !v.isEmpty()).forEach(array::add);
                }
                case NUMBER -> {
                    try {
                        node.put(field.name(), Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        node.put(field.name(), value);
                    }
                }
                case TEXT, TEXTAREA, DATE, CHOICE, PARTY -> node.put(field.name(), value);
            }
        }
        return node;
    }

    /** {@code sources[0]} and {@code provisions[1].eid} belong to the fields {@code sources}, {@code provisions}. */
    private static String topLevel(String path) {
        int cut = path.length();
        for (char stop : new char[] {'.', '['}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return path.substring(0, cut);
    }

    /** The parties a visitor may act for: a delegate its own; anyone else every party. */
    private static List<Choice> parties(PageRequest r, Principal principal) {
        return r.s().parties.values().stream()
                .filter(p -> principal.role() != Role.DELEGATE || principal.party().filter(p.id()::equals).isPresent())
                .map(p -> new Choice(p.id(), r.s().partyName(p.id()))).toList();
    }

    private static Spec spec(PageRequest r) {
        String slug = r.path("form");
        Spec spec = SPECS.get(slug);
        if (spec == null) {
            throw new PageException(404, "error.notFoundPath", r.ctx().path());
        }
        return spec;
    }

    private static void render(PageRequest r, int status, FormView view) {
        r.render().page(r.ctx(), status, "form.jte", r.page().titled(r.page().m("form.title." + view.spec().slug()),
                r.page().section()), view);
    }
}
