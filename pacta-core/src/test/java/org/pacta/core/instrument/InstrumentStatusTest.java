package org.pacta.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pacta.core.commitment.Form;
import org.pacta.core.date.Edtf;
import org.pacta.core.instrument.Action.ActionType;
import org.pacta.core.instrument.Instrument.EntryIntoForce;
import org.pacta.core.instrument.InstrumentStatus.Code;

class InstrumentStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Instrument instrument(EntryIntoForce rule, Optional<Integer> notice, String... parties) {
        return new Instrument("i", "Instrument", Instrument.InstrumentKind.TREATY, Form.LEGAL, List.of(parties), rule,
                notice, List.of(), false, Optional.empty());
    }

    private static Action act(String party, ActionType type, String date) {
        return new Action((party + "-" + type + "-" + date).toLowerCase(java.util.Locale.ROOT), "i", party, type, Edtf.parse(date), Optional.empty(),
                List.of(), false, Optional.empty());
    }

    @Test
    void derive_noActions_isDraft() {
        assertThat(InstrumentStatus.derive(instrument(EntryIntoForce.LAST_NOTIFICATION, Optional.empty(), "a", "b"),
                List.of(), TODAY).code()).isEqualTo(Code.DRAFT);
    }

    @Test
    void derive_lastNotification_inForceOnLastRatification() {
        Instrument treaty = instrument(EntryIntoForce.LAST_NOTIFICATION, Optional.empty(), "a", "b");
        List<Action> actions = new ArrayList<>(List.of(act("a", ActionType.PROPOSE, "2021-12-17"),
                act("a", ActionType.SIGN, "2022-03-01"), act("b", ActionType.SIGN, "2022-03-01"),
                act("b", ActionType.RATIFY, "2022-05-01")));
        assertThat(InstrumentStatus.derive(treaty, actions, TODAY).code()).isEqualTo(Code.SIGNED);
        actions.add(act("a", ActionType.RATIFY, "2022-06-30"));
        InstrumentStatus status = InstrumentStatus.derive(treaty, actions, TODAY);
        assertThat(status.code()).isEqualTo(Code.IN_FORCE);
        assertThat(status.since()).contains(Edtf.parse("2022-06-30"));
        assertThat(status.reason()).isEqualTo("in force since 2022-06-30: 2 of 2 parties ratified");
    }

    @Test
    void derive_majorityOfSignatories_needsMoreThanHalf() {
        Instrument agreement = instrument(EntryIntoForce.MAJORITY_OF_SIGNATORIES, Optional.of(30), "a", "b", "c", "d");
        List<Action> actions = new ArrayList<>();
        for (String party : List.of("a", "b", "c", "d")) {
            actions.add(act(party, ActionType.SIGN, "2022-01-01"));
        }
        actions.add(act("a", ActionType.RATIFY, "2022-02-01"));
        actions.add(act("b", ActionType.RATIFY, "2022-03-01"));
        assertThat(InstrumentStatus.derive(agreement, actions, TODAY).code()).as("2 of 4 is not more than half")
                .isEqualTo(Code.SIGNED);
        actions.add(act("c", ActionType.RATIFY, "2022-04-01"));
        InstrumentStatus status = InstrumentStatus.derive(agreement, actions, TODAY);
        assertThat(status.code()).isEqualTo(Code.IN_FORCE);
        assertThat(status.reason()).contains("3 of 4 signatories ratified");
    }

    @Test
    void derive_withdrawal_takesEffectAfterNotice() {
        Instrument treaty = instrument(EntryIntoForce.ON_SIGNATURE, Optional.of(180), "a", "b");
        List<Action> actions = List.of(act("a", ActionType.SIGN, "2020-01-01"), act("b", ActionType.SIGN, "2020-01-02"),
                act("a", ActionType.WITHDRAW, "2026-10-01"));
        assertThat(InstrumentStatus.derive(treaty, actions, TODAY).code()).as("notice runs until 2027-03-30")
                .isEqualTo(Code.IN_FORCE);
        assertThat(InstrumentStatus.derive(treaty, actions, LocalDate.of(2027, 4, 1)).code()).isEqualTo(Code.TERMINATED);
    }

    @Test
    void derive_dissolvedParty_successorActsForIt() {
        Instrument treaty = instrument(EntryIntoForce.ALL_RATIFICATIONS, Optional.empty(), "east", "west", "north");
        List<Action> actions = List.of(act("east", ActionType.SIGN, "1990-09-12"), act("west", ActionType.SIGN, "1990-09-12"),
                act("north", ActionType.SIGN, "1990-09-12"), act("west", ActionType.RATIFY, "1990-10"),
                act("north", ActionType.RATIFY, "1991-03-15"));
        assertThat(InstrumentStatus.derive(treaty, actions, TODAY).code()).isEqualTo(Code.SIGNED);
        InstrumentStatus status = InstrumentStatus.derive(treaty, actions, TODAY, Map.of("east", "west"));
        assertThat(status.code()).isEqualTo(Code.IN_FORCE);
        assertThat(status.reason()).isEqualTo("in force since 1991-03-15: 2 of 2 parties ratified");
    }
}
