package org.pacta.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Optional;
import org.pacta.core.access.AccessService;
import org.pacta.core.allegation.AllegationService;
import org.pacta.core.commitment.CommitmentService;
import org.pacta.core.dataset.DatasetExporter;
import org.pacta.core.dataset.DatasetImporter;
import org.pacta.core.instrument.InstrumentService;
import org.pacta.core.negotiation.NegotiationService;
import org.pacta.core.party.PartyService;
import org.pacta.core.registry.Registry;
import org.pacta.core.storage.Database;
import org.pacta.core.timeline.TimelineService;
import org.pacta.core.tlog.LogService;
import org.pacta.core.tlog.LogStore;
import org.pacta.log.note.SignerKey;

/**
 * One open registry and its services, wired once. The HTTP layer, the CLI and the tests all reach
 * the domain through this class; it owns the database and closes it.
 */
public final class Pacta implements AutoCloseable {

    private final Database database;
    private final Registry registry;
    private final AccessService access;
    private final PartyService parties;
    private final InstrumentService instruments;
    private final NegotiationService negotiation;
    private final CommitmentService commitments;
    private final AllegationService allegations;
    private final TimelineService timeline;
    private final Optional<LogService> log;

    /** A registry without its Merkle log (import, export, tests of the domain). */
    public Pacta(Database database, Clock clock) {
        this(database, clock, Optional.empty());
    }

    /** A registry with its Merkle log, signed with {@code logKey} (the server). */
    public Pacta(Database database, Clock clock, SignerKey logKey) {
        this(database, clock, Optional.of(logKey));
    }

    private Pacta(Database database, Clock clock, Optional<SignerKey> logKey) {
        this.database = requireNonNull(database, "database is null");
        this.registry = new Registry(database.jdbi(), clock);
        this.access = new AccessService(database.jdbi(), clock);
        this.parties = new PartyService(registry);
        this.instruments = new InstrumentService(registry, clock);
        this.negotiation = new NegotiationService(registry);
        this.commitments = new CommitmentService(registry);
        this.allegations = new AllegationService(registry);
        this.timeline = new TimelineService(registry);
        this.log = logKey.map(key -> new LogService(registry, new LogStore(database.jdbi()), key, clock));
    }

    /** The Merkle log; present when the registry was opened with the log key. */
    public LogService log() {
        return log.orElseThrow(() -> new PactaException.Unavailable("this registry was opened without its log key", null));
    }

    public boolean hasLog() {
        return log.isPresent();
    }

    public Database database() {
        return database;
    }

    public Registry registry() {
        return registry;
    }

    public AccessService access() {
        return access;
    }

    public PartyService parties() {
        return parties;
    }

    public InstrumentService instruments() {
        return instruments;
    }

    public NegotiationService negotiation() {
        return negotiation;
    }

    public CommitmentService commitments() {
        return commitments;
    }

    public AllegationService allegations() {
        return allegations;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public org.pacta.core.source.ContentStore content() {
        return new org.pacta.core.source.ContentStore(database.jdbi());
    }

    public org.pacta.core.source.ReportImporter reports() {
        return new org.pacta.core.source.ReportImporter(registry, content());
    }

    public DatasetImporter importer() {
        return new DatasetImporter(registry);
    }

    public DatasetExporter exporter() {
        return new DatasetExporter(registry);
    }

    @Override
    public void close() {
        log.ifPresent(LogService::close);
        database.close();
    }
}
