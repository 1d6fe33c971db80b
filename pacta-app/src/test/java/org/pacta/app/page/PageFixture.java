package org.pacta.app.page;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.commitment.Form;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.InstrumentService;
import org.pacta.core.instrument.PartyKey;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Provision;
import org.pacta.core.instrument.Version;
import org.pacta.core.instrument.VersionText;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Party;
import org.pacta.core.source.ReportImporter;
import org.pacta.core.storage.Database;
import org.pacta.log.note.SignerKey;

/** A real server on a real registry for page tests: the demo dataset, or a small text with two versions. */
final class PageFixture implements AutoCloseable {

    final Pacta pacta;
    final Javalin server;

    private PageFixture(Pacta pacta) {
        this.pacta = pacta;
        this.server = PactaServer.create(pacta).start("127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The demo dataset, as {@code pacta demo} serves it. */
    static PageFixture demo(Path folder) {
        Pacta pacta = new Pacta(Database.sqlite(folder.resolve("demo")), Clock.systemUTC());
        try (InputStream in = PageFixture.class.getResourceAsStream("/demo/dataset.json")) {
            if (in == null) {
                throw new IllegalStateException("the demo dataset is not on the test class path");
            }
            pacta.importer().importDocument("test:demo", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageFixture(pacta);
    }

    /**
     * Two versions of one short treaty, written for these tests: version 2 rewords article 1, replaces
     * article 2 by a new one (a new eid), and renumbers article 3 as article 4. On version 2, North
     * accepts article 1 and South counter-proposes article 2; both sign version 2 with their own keys,
     * which makes it the agreed text; a track carries one typed message; a short press report is stored
     * with its text, so its quotation can be highlighted.
     */
    static PageFixture redline(Path folder) {
        return redline(new Pacta(Database.sqlite(folder.resolve("redline")), Clock.systemUTC()));
    }

    /** The redline registry with its Merkle log running, every entry covered by a signed checkpoint. */
    static PageFixture logged(Path folder) {
        Pacta pacta = new Pacta(Database.sqlite(folder.resolve("logged")), Clock.systemUTC(), plusKey());
        pacta.log().start();
        PageFixture fixture = redline(pacta);
        try {
            if (!pacta.log().awaitCovered(pacta.registry().size() - 1, 10_000)) {
                throw new IllegalStateException("the log did not cover the fixture within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return fixture;
    }

    /**
     * A log key whose vkey has a '+' inside its base64 part, as about half of all keys do: a verifier
     * that splits the vkey on every '+' then fails every time, not only on some runs.
     */
    private static SignerKey plusKey() {
        while (true) {
            SignerKey key = SignerKey.generate("test.example/pacta");
            String vkey = key.verifierKey().encode();
            if (vkey.indexOf('+', vkey.indexOf('+') + 1) < vkey.lastIndexOf('+')) {
                return key;
            }
        }
    }

    private static PageFixture redline(Pacta pacta) {
        Party north = state("north", "Northern Republic", "North");
        Party south = state("south", "Southern Kingdom", "South");
        Instrument pact = new Instrument("river-pact", "Treaty on the shared river", Instrument.InstrumentKind.TREATY,
                Form.LEGAL, List.of("north", "south"), Instrument.EntryIntoForce.ALL_RATIFICATIONS, Optional.empty(),
                List.of(), false, Optional.empty());
        Version first = new Version("river-pact", 1, Optional.of("north"), Optional.of(Edtf.parse("2024-03-01")),
                Optional.of("en"), List.of(
                        provision("art_1", "Article 1", "Neither Party shall divert the river without notice."),
                        provision("art_2", "Article 2", "Fishing rights remain as they were in 1990."),
                        provision("art_3", "Article 3", "This Treaty enters into force on ratification.")),
                List.of(), Optional.empty());
        Version second = new Version("river-pact", 2, Optional.of("south"), Optional.of(Edtf.parse("2024-04-15")),
                Optional.of("en"), List.of(
                        provision("art_1", "Article 1", "Neither Party shall divert or dam the river without "
                                + "ninety days' notice."),
                        provision("art_2a", "Article 2", "A joint commission shall meet every year."),
                        provision("art_3", "Article 4", "This Treaty enters into force on ratification.")),
                List.of(), Optional.empty());
        pacta.registry().append("test", List.of(north, south, pact, first, second));
        Track talks = new Track("river-talks", "River talks", Optional.of("Lakeside"), Track.TrackFormat.BILATERAL,
                List.of("north", "south"), List.of("river-pact"), Optional.of(1), List.of(), false, Optional.empty());
        Message counter = new Message("msg-1", "river-talks", Optional.empty(), "south", List.of("north"),
                Message.MessageType.COUNTER_PROPOSE,
                Optional.of("A joint commission instead of frozen fishing rights."),
                Edtf.parse("2024-04-15"), Optional.of("river-pact"), Optional.of(2), Optional.empty(), List.of());
        Position accept = new Position("pos-1", "river-pact", 2, "north", "art_1", Position.Stand.ACCEPT,
                Optional.empty(), Optional.of(Edtf.parse("2024-04-20")), Optional.empty(), List.of());
        Position counterText = new Position("pos-2", "river-pact", 2, "south", "art_2a",
                Position.Stand.COUNTER_PROPOSAL, Optional.of("The commission meets twice a year."),
                Optional.of(Edtf.parse("2024-04-21")),
                Optional.empty(), List.of());
        pacta.registry().append("test", List.of(talks, counter, accept, counterText));
        for (String party : List.of("north", "south")) {
            SignerKey key = SignerKey.generate(party);
            pacta.registry().append("test", new PartyKey(party + "-key", party, key.verifierKey().encode(),
                    Optional.empty()));
            byte[] raw = key.signer().sign(VersionText.message(second));
            String signature = Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(4 + raw.length).putInt(key.keyId()).put(raw).array());
            pacta.instruments().sign("test", "river-pact", new InstrumentService.SignRequest(party, 2, signature,
                    Optional.of(Edtf.parse("2024-05-01"))));
        }
        pacta.reports().importReport("test", new ReportImporter.NewReport("river-report", "Talks on the river",
                Optional.empty(), Optional.of("Lakeside Gazette"), Optional.of(Edtf.parse("2024-04-16")),
                Optional.of("en"), "The talks went on late.\n\n\"We will never accept a dam on the river,\" "
                        + "the North's minister John Smith said on Tuesday.\n", false, Optional.empty()));
        return new PageFixture(pacta);
    }

    private static Party state(String id, String name, String shortName) {
        return new Party(id, name, Optional.of(shortName), Party.PartyKind.STATE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), false, Optional.empty());
    }

    private static Provision provision(String eid, String number, String text) {
        return new Provision(eid, Optional.of(number), Optional.empty(), text);
    }

    @Override
    public void close() {
        server.stop();
        pacta.close();
    }
}
