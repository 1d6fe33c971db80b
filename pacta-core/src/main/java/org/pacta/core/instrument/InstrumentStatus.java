package org.pacta.core.instrument;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Action.ActionType;
import org.pacta.core.instrument.Instrument.EntryIntoForce;

/**
 * An instrument's status, derived from its dated actions and its own entry-into-force rule, with
 * the reason in words ("in force since 1991-03-15: 6 of 6 parties ratified").
 */
public record InstrumentStatus(Code code, String reason, Optional<Edtf> since) {

    public InstrumentStatus {
        requireNonNull(code, "code is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(since, "since is null");
    }

    public enum Code {
        DRAFT, PROPOSED, REJECTED, SIGNED, ADOPTED, IN_FORCE, SUSPENDED, TERMINATED
    }

    /** Derives the status on {@code today} from the actions (in recording order) of {@code instrument}. */
    public static InstrumentStatus derive(Instrument instrument, List<Action> recorded, LocalDate today) {
        return derive(instrument, recorded, today, Map.of());
    }

    /**
     * As {@link #derive(Instrument, List, LocalDate)}, where {@code successors} maps a dissolved party
     * to the party that took over its treaty rights and duties: the successor's acts count for both.
     */
    public static InstrumentStatus derive(Instrument instrument, List<Action> recorded, LocalDate today,
            Map<String, String> successors) {
        List<Action> actions = new ArrayList<>();
        for (Action action : recorded) {
            actions.add(new Action(action.id(), action.instrument(), heir(action.party(), successors), action.type(),
                    action.date(), action.version(), action.sources(), action.verified(), action.note()));
        }
        actions.sort(Comparator.comparingLong((Action a) -> a.date().earliestDay()));
        List<String> heirs = instrument.parties().stream().map(p -> heir(p, successors)).distinct().toList();
        instrument = new Instrument(instrument.id(), instrument.title(), instrument.kind(), instrument.form(), heirs,
                instrument.entryIntoForce(), instrument.withdrawalNoticeDays(), instrument.sources(),
                instrument.verified(), instrument.note());
        int parties = instrument.parties().size();
        Set<String> signed = new LinkedHashSet<>();
        Set<String> ratified = new LinkedHashSet<>();
        InstrumentStatus status = actions.isEmpty()
                ? new InstrumentStatus(Code.DRAFT, "no action recorded", Optional.empty())
                : new InstrumentStatus(Code.PROPOSED, "proposed, not signed", Optional.of(actions.get(0).date()));
        boolean inForce = false;
        for (Action action : actions) {
            switch (action.type()) {
                case PROPOSE, INITIAL -> {
                    if (status.code() == Code.DRAFT) {
                        status = new InstrumentStatus(Code.PROPOSED, "proposed by " + action.party(),
                                Optional.of(action.date()));
                    }
                }
                case REJECT -> {
                    if (!inForce && signed.isEmpty()) {
                        status = new InstrumentStatus(Code.REJECTED, "rejected by " + action.party() + " on "
                                + action.date().text(), Optional.of(action.date()));
                    }
                }
                case SIGN -> signed.add(action.party());
                case RATIFY -> ratified.add(action.party());
                case ACCEDE -> {
                    signed.add(action.party());
                    ratified.add(action.party());
                }
                case SUSPEND -> {
                    if (inForce) {
                        status = new InstrumentStatus(Code.SUSPENDED, "suspended by " + action.party() + " on "
                                + action.date().text(), Optional.of(action.date()));
                    }
                }
                case WITHDRAW, DENOUNCE -> {
                    int notice = instrument.withdrawalNoticeDays().orElse(0);
                    LocalDate effective = LocalDate.ofEpochDay(action.date().latestDay()).plusDays(notice);
                    if (parties <= 2 && !effective.isAfter(today)) {
                        inForce = false;
                        status = new InstrumentStatus(Code.TERMINATED, action.party() + " " + action.type().verb()
                                + " it on " + action.date().text() + ", effective " + effective,
                                Optional.of(action.date()));
                    }
                    continue;
                }
            }
            if (!inForce && status.code() != Code.REJECTED) {
                Optional<InstrumentStatus> entered = entry(instrument, signed, ratified, action);
                if (entered.isPresent()) {
                    status = entered.get();
                    inForce = status.code() == Code.IN_FORCE;
                } else if (!signed.isEmpty() && action.type() == ActionType.SIGN
                        || action.type() == ActionType.RATIFY) {
                    status = new InstrumentStatus(Code.SIGNED, "signed by " + signed.size() + " of " + parties
                            + " parties, ratified by " + ratified.size(), Optional.of(action.date()));
                }
            }
        }
        return status;
    }

    private static String heir(String party, Map<String, String> successors) {
        String current = party;
        for (int hops = 0; hops < 16 && successors.containsKey(current); hops++) {
            current = successors.get(current);
        }
        return current;
    }

    private static Optional<InstrumentStatus> entry(Instrument instrument, Set<String> signed, Set<String> ratified,
            Action last) {
        int parties = instrument.parties().size();
        Optional<Edtf> on = Optional.of(last.date());
        EntryIntoForce rule = instrument.entryIntoForce();
        return switch (rule) {
            case ON_SIGNATURE -> signed.containsAll(instrument.parties())
                    ? Optional.of(new InstrumentStatus(Code.IN_FORCE, "in force since " + last.date().text()
                            + ": signed by all " + parties + " parties", on))
                    : Optional.empty();
            case LAST_NOTIFICATION, ALL_RATIFICATIONS -> ratified.containsAll(instrument.parties())
                    ? Optional.of(new InstrumentStatus(Code.IN_FORCE, "in force since " + last.date().text()
                            + ": " + ratified.size() + " of " + parties + " parties ratified", on))
                    : Optional.empty();
            case MAJORITY_OF_SIGNATORIES -> !signed.isEmpty() && ratified.size() * 2 > signed.size()
                    ? Optional.of(new InstrumentStatus(Code.IN_FORCE, "in force since " + last.date().text()
                            + ": " + ratified.size() + " of " + signed.size() + " signatories ratified", on))
                    : Optional.empty();
            case NOT_APPLICABLE -> signed.containsAll(instrument.parties())
                    ? Optional.of(new InstrumentStatus(Code.ADOPTED, "adopted on " + last.date().text()
                            + ": signed by all " + parties + " parties (does not enter into force as a treaty)", on))
                    : Optional.empty();
        };
    }
}
