package org.pacta.core.instrument;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.commitment.Form;
import org.pacta.core.date.Edtf;
import org.pacta.core.json.Json;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Lookup;
import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;
import org.pacta.core.registry.Views;

/** Instruments, their versions and actions: the rules between them and the derived status. */
public final class InstrumentService {

    private final Registry registry;
    private final Clock clock;

    public InstrumentService(Registry registry, Clock clock) {
        this.registry = requireNonNull(registry, "registry is null");
        this.clock = requireNonNull(clock, "clock is null");
        registry.rule(Kind.VERSION, (item, lookup) -> checkVersion((Version) item, lookup));
        registry.rule(Kind.ACTION, (item, lookup) -> checkAction((Action) item, lookup));
        registry.rule(Kind.POSITION, (item, lookup) -> checkPosition((Position) item, lookup));
        registry.rule(Kind.KEY, (item, lookup) -> {
            PartyKey key = (PartyKey) item;
            boolean known = lookup.children(Kind.KEY, key.party()).stream()
                    .anyMatch(k -> k.as(PartyKey.class).vkey().equals(key.vkey()));
            if (known) {
                throw new PactaException.Conflict("this key is already registered for " + key.party());
            }
        });
        registry.rule(Kind.SIGNATURE, (item, lookup) -> checkSignature((PartySignature) item, lookup));
    }

    /** What a client sends to create an instrument: the instrument and the text of its first version. */
    public record NewInstrument(String id, String title, Instrument.InstrumentKind kind, Form form,
            List<String> parties, Optional<String> proposedBy, Optional<Edtf> date, Optional<String> language,
            List<Provision> provisions, Instrument.EntryIntoForce entryIntoForce,
            Optional<Integer> withdrawalNoticeDays, List<String> sources, boolean verified, Optional<String> note) {

        public NewInstrument {
            proposedBy = Fields.optionalId("proposedBy", proposedBy);
            date = Fields.optional(date);
            language = Fields.optional(language);
            withdrawalNoticeDays = Fields.optional(withdrawalNoticeDays);
            sources = Fields.ids("sources", sources);
            note = Fields.optional(note);
        }

        public Instrument instrument() {
            return new Instrument(id, title, kind, form, parties, entryIntoForce, withdrawalNoticeDays, sources,
                    verified, note);
        }
    }

    /** Records a new instrument with its first version; answers its id. */
    public String create(String actor, NewInstrument request) {
        Instrument instrument = request.instrument();
        Version first = new Version(instrument.id(), 1, request.proposedBy(),
                request.date(), request.language(), request.provisions(), request.sources(), Optional.empty());
        registry.append(actor, List.of(instrument, first));
        return instrument.id();
    }

    /** Records the next version of an instrument from a client's JSON (its number is assigned here). */
    public Version addVersion(String actor, String instrumentId, ObjectNode body) {
        registry.get(Kind.INSTRUMENT, instrumentId);
        body.put("instrument", instrumentId);
        body.put("number", registry.children(Kind.VERSION, instrumentId).size() + 1);
        Version version = Json.read(body, Version.class);
        registry.append(actor, version);
        return version;
    }

    private static void checkVersion(Version version, Lookup lookup) {
        Instrument instrument = lookup.find(Kind.INSTRUMENT, version.instrument(), Instrument.class).orElseThrow();
        version.proposedBy().filter(p -> !instrument.parties().contains(p)).ifPresent(p -> {
            throw new PactaException.InvalidInput("proposedBy", "proposedBy: " + p + " is not a party to "
                    + instrument.id());
        });
        int expected = lookup.children(Kind.VERSION, instrument.id()).size() + 1;
        if (version.number() != expected) {
            throw new PactaException.Conflict("version " + version.number() + " of " + instrument.id()
                    + " cannot be recorded: the next version is " + expected);
        }
    }

    /**
     * The lifecycle rules: only parties act (but for accession); no signature on a superseded
     * version; no ratification before the same party's signature; only a bound party withdraws.
     */
    private static void checkAction(Action action, Lookup lookup) {
        Instrument instrument = lookup.find(Kind.INSTRUMENT, action.instrument(), Instrument.class).orElseThrow();
        if (action.type() != Action.ActionType.ACCEDE && !instrument.parties().contains(action.party())) {
            throw new PactaException.InvalidInput("party", "party: " + action.party() + " is not a party to "
                    + instrument.id() + " (only ACCEDE may add a party)");
        }
        int latest = lookup.children(Kind.VERSION, instrument.id()).size();
        List<Action> earlier = lookup.children(Kind.ACTION, instrument.id()).stream().map(s -> s.as(Action.class))
                .filter(a -> a.party().equals(action.party())).toList();
        switch (action.type()) {
            case SIGN, INITIAL -> action.version().filter(n -> n < latest).ifPresent(n -> {
                throw new PactaException.Conflict("version " + n + " of " + instrument.id()
                        + " is superseded by version " + latest + ": sign the latest version");
            });
            case RATIFY -> {
                boolean signed = earlier.stream().anyMatch(a -> a.type() == Action.ActionType.SIGN
                        && a.date().earliestDay() <= action.date().latestDay());
                if (!signed) {
                    throw new PactaException.Conflict(action.party() + " cannot ratify " + instrument.id()
                            + " before signing it");
                }
            }
            case WITHDRAW, DENOUNCE, SUSPEND -> {
                boolean bound = earlier.stream().anyMatch(a -> a.type() == Action.ActionType.SIGN
                        || a.type() == Action.ActionType.RATIFY || a.type() == Action.ActionType.ACCEDE);
                if (!bound) {
                    throw new PactaException.Conflict(action.party() + " cannot " + action.type().name().toLowerCase(
                            java.util.Locale.ROOT) + " " + instrument.id() + ": it has not signed or acceded");
                }
            }
            case PROPOSE, ACCEDE, REJECT -> {
            }
        }
    }

    /** What a delegate's {@code pacta sign} sends. */
    public record SignRequest(String party, int version, String signature, Optional<Edtf> date) {
        public SignRequest {
            party = Fields.id("party", party);
            signature = Fields.text("signature", signature);
            date = Fields.optional(date);
        }
    }

    /**
     * Records a verified signature of a party over a version, with the SIGN action it amounts to,
     * in one transaction. The signature must verify with one of the party's registered keys.
     */
    public PartySignature sign(String actor, String instrumentId, SignRequest request) {
        Version version = registry.find(Kind.VERSION, Version.idOf(instrumentId, request.version()))
                .map(s -> s.as(Version.class))
                .orElseThrow(() -> new PactaException.NotFound("no version " + request.version() + " of " + instrumentId));
        PartySignature signature = new PartySignature(null, instrumentId, request.version(), request.party(),
                request.signature(), VersionText.digest(version));
        Edtf date = request.date().orElseGet(() -> Edtf.parse(LocalDate.now(clock).toString()));
        Action sign = new Action(null, instrumentId, request.party(), Action.ActionType.SIGN, date,
                Optional.of(request.version()), List.of(), true, Optional.of("cryptographic signature " + signature.id()));
        registry.append(actor, List.of(signature, sign));
        return signature;
    }

    private static void checkSignature(PartySignature signature, Lookup lookup) {
        Instrument instrument = lookup.find(Kind.INSTRUMENT, signature.instrument(), Instrument.class).orElseThrow();
        if (!instrument.parties().contains(signature.party())) {
            throw new PactaException.InvalidInput("party", "party: " + signature.party() + " is not a party to "
                    + instrument.id());
        }
        int latest = lookup.children(Kind.VERSION, instrument.id()).size();
        if (signature.version() != latest) {
            throw new PactaException.Conflict("version " + signature.version() + " of " + instrument.id()
                    + " is superseded by version " + latest + ": sign the latest version");
        }
        boolean already = lookup.children(Kind.SIGNATURE, instrument.id()).stream().map(s -> s.as(PartySignature.class))
                .anyMatch(s -> s.party().equals(signature.party()) && s.version() == signature.version());
        if (already) {
            throw new PactaException.Conflict(signature.party() + " has already signed version " + signature.version());
        }
        Version version = lookup.find(Kind.VERSION, Version.idOf(instrument.id(), signature.version()), Version.class)
                .orElseThrow();
        if (!VersionText.digest(version).equals(signature.digest())) {
            throw new PactaException.InvalidInput("digest", "digest: the version's text has digest "
                    + VersionText.digest(version));
        }
        byte[] keyIdAndSignature = signature.keyIdAndSignature();
        int keyId = java.nio.ByteBuffer.wrap(keyIdAndSignature, 0, 4).getInt();
        byte[] raw = java.util.Arrays.copyOfRange(keyIdAndSignature, 4, keyIdAndSignature.length);
        List<PartyKey> keys = lookup.children(Kind.KEY, signature.party()).stream().map(s -> s.as(PartyKey.class)).toList();
        if (keys.isEmpty()) {
            throw new PactaException.Conflict(signature.party() + " has no registered signing key: POST its vkey to "
                    + "/api/v1/parties/" + signature.party() + "/keys first");
        }
        boolean verified = keys.stream().map(PartyKey::verifierKey)
                .anyMatch(k -> k.keyId() == keyId && k.verifier().verify(VersionText.message(version), raw));
        if (!verified) {
            throw new PactaException.InvalidInput("signature", "signature: does not verify with any registered key of "
                    + signature.party() + " over version " + version.number() + " (digest " + signature.digest() + ")");
        }
    }

    private static void checkPosition(Position position, Lookup lookup) {
        Instrument instrument = lookup.find(Kind.INSTRUMENT, position.instrument(), Instrument.class).orElseThrow();
        if (!instrument.parties().contains(position.party())) {
            throw new PactaException.InvalidInput("party", "party: " + position.party() + " is not a party to "
                    + instrument.id());
        }
        Version version = lookup.find(Kind.VERSION, Version.idOf(position.instrument(), position.version()),
                Version.class).orElseThrow();
        if (version.provision(position.eid()).isEmpty()) {
            throw new PactaException.InvalidInput("eid", "eid: version " + version.number() + " of " + instrument.id()
                    + " has no provision \"" + position.eid() + "\"");
        }
    }

    public List<Version> versions(String instrumentId) {
        return registry.children(Kind.VERSION, instrumentId).stream().map(s -> s.as(Version.class)).toList();
    }

    public Version version(String instrumentId, int number) {
        return registry.get(Kind.VERSION, Version.idOf(instrumentId, number)).as(Version.class);
    }

    public List<Action> actions(String instrumentId) {
        return registry.children(Kind.ACTION, instrumentId).stream().map(s -> s.as(Action.class)).toList();
    }

    public InstrumentStatus status(Instrument instrument) {
        return InstrumentStatus.derive(instrument, actions(instrument.id()), LocalDate.now(clock),
                successors(instrument));
    }

    /** Dissolved parties of the instrument (and of their successors) mapped to their successors. */
    private Map<String, String> successors(Instrument instrument) {
        Map<String, String> out = new HashMap<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(instrument.parties());
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (out.containsKey(id)) {
                continue;
            }
            registry.find(Kind.PARTY, id).map(s -> s.as(Party.class)).flatMap(Party::successor).ifPresent(next -> {
                out.put(id, next);
                pending.push(next);
            });
        }
        return out;
    }

    /** The API view: the instrument, its derived status, the provisions of its latest version, its history. */
    public ObjectNode view(StoredItem stored) {
        Instrument instrument = stored.as(Instrument.class);
        ObjectNode node = Views.of(stored);
        List<StoredItem> versions = registry.children(Kind.VERSION, instrument.id());
        List<StoredItem> actions = registry.children(Kind.ACTION, instrument.id());
        InstrumentStatus status = InstrumentStatus.derive(instrument,
                actions.stream().map(a -> a.as(Action.class)).toList(), LocalDate.now(clock), successors(instrument));
        node.put("status", status.code().name());
        node.put("statusReason", status.reason());
        status.since().ifPresent(s -> node.put("statusSince", s.text()));
        ArrayNode summary = node.putArray("versions");
        Version latest = null;
        List<StoredItem> signatures = registry.children(Kind.SIGNATURE, instrument.id());
        for (StoredItem v : versions) {
            Version version = v.as(Version.class);
            ObjectNode entry = summary.addObject();
            List<String> signedBy = signatures.stream().map(s -> s.as(PartySignature.class))
                    .filter(s -> s.version() == version.number()).map(PartySignature::party).distinct().sorted().toList();
            entry.set("signedBy", Json.tree(signedBy));
            boolean agreed = signedBy.containsAll(instrument.parties());
            entry.put("agreed", agreed);
            if (agreed) {
                node.put("agreedVersion", version.number());
            }
            entry.put("number", version.number());
            version.proposedBy().ifPresent(p -> entry.put("proposedBy", p));
            version.date().ifPresent(d -> entry.put("date", d.text()));
            entry.put("provisionCount", version.provisions().size());
            entry.put("logIndex", v.logIndex());
            latest = version;
        }
        if (latest != null) {
            node.put("version", latest.number());
            node.set("provisions", Json.tree(latest.provisions()));
        }
        node.set("actions", Views.array(actions));
        node.set("signatures", Views.array(signatures));
        Views.touch(node, signatures);
        Views.touch(node, versions);
        Views.touch(node, actions);
        return node;
    }
}
