package org.pacta.app.page;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pacta.app.web.PactaServer;
import org.pacta.core.Pacta;
import org.pacta.core.commitment.Form;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.Provision;
import org.pacta.core.instrument.Version;
import org.pacta.core.party.Party;
import org.pacta.core.storage.Database;

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
     * article 2 by a new one (a new eid), and renumbers article 3 as article 4.
     */
    static PageFixture redline(Path folder) {
        Pacta pacta = new Pacta(Database.sqlite(folder.resolve("redline")), Clock.systemUTC());
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
