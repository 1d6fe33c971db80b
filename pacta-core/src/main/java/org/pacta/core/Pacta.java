package org.pacta.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
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

    public Pacta(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.registry = new Registry(database.jdbi(), clock);
        this.access = new AccessService(database.jdbi(), clock);
        this.parties = new PartyService(registry);
        this.instruments = new InstrumentService(registry, clock);
        this.negotiation = new NegotiationService(registry);
        this.commitments = new CommitmentService(registry);
        this.allegations = new AllegationService(registry);
        this.timeline = new TimelineService(registry);
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

    public DatasetImporter importer() {
        return new DatasetImporter(registry);
    }

    public DatasetExporter exporter() {
        return new DatasetExporter(registry);
    }

    @Override
    public void close() {
        database.close();
    }
}
