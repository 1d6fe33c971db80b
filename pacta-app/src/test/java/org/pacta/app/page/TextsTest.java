package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.commitment.Form;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.event.Event;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.InstrumentStatus;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Redline;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Session;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Kind;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

class TextsTest {

    private static final Texts TEXTS = Texts.load();

    /** Every enumeration a page labels, so a new constant without words fails here and not on a page. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Form.class, Stance.StanceValue.class,
            StatusChange.CommitmentStatus.class, InstrumentStatus.Code.class, Allegation.Finding.class,
            Redline.Change.class, Party.PartyKind.class, Instrument.InstrumentKind.class,
            Instrument.EntryIntoForce.class, Action.ActionType.class, Track.TrackFormat.class, Session.Level.class,
            Session.SessionKind.class, Statement.Classification.class, Source.SourceKind.class,
            Event.EventKind.class, TimelineChart.Lane.class, Position.Stand.class, Message.MessageType.class);

    @Test
    void load_bothLanguagesHaveTheSameKeys() {
        // Texts.load fails when one file lacks a key of the other; loading is the assertion.
        assertThat(TEXTS.get(Lang.FR, "nav.home")).isEqualTo("Accueil");
        assertThat(TEXTS.get(Lang.EN, "nav.home")).isEqualTo("Home");
    }

    @Test
    void everyEnumerationValue_hasALabelInEachLanguage() {
        for (Lang lang : Lang.values()) {
            for (Class<? extends Enum<?>> type : LABELLED) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(TEXTS.has(lang, type.getSimpleName() + "." + constant.name()))
                            .as(lang + " " + type.getSimpleName() + "." + constant.name()).isTrue();
                }
            }
            for (Kind kind : Kind.values()) {
                assertThat(TEXTS.has(lang, "Kind." + kind.name()) && TEXTS.has(lang, "Kinds." + kind.name()))
                        .as(lang + " " + kind).isTrue();
            }
        }
    }

    @Test
    void get_replacesArguments_andFormatsNumbersPerLanguage() {
        assertThat(TEXTS.get(Lang.EN, "commitments.count", 1234, 5000)).isEqualTo("Commitments shown: 1,234 of 5,000");
        assertThat(TEXTS.get(Lang.FR, "commitments.count", 1234, 5000))
                .isEqualTo("Engagements affichés\u00a0: 1\u202f234 sur 5\u202f000");
        assertThat(TEXTS.get(Lang.FR, "error.notFound", "partie", "x")).contains("l’identifiant «\u00a0x\u00a0»");
    }

    @Test
    void get_unknownKey_fails() {
        assertThatThrownBy(() -> TEXTS.get(Lang.EN, "no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void acceptLanguage_picksTheBestOfOurLanguages() {
        assertThat(Lang.fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(Lang.FR);
        assertThat(Lang.fromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("de, fr;q=0.5")).isEqualTo(Lang.FR);
        assertThat(Lang.fromAcceptLanguage("de")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage(null)).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("q=;;,")).isEqualTo(Lang.EN);
        assertThat(Lang.of(" FR ")).contains(Lang.FR);
        assertThat(Lang.of("es")).isEmpty();
    }

    @Test
    void search_fold_ignoresCaseAndAccents() {
        assertThat(Search.fold("Négociation À Genève")).isEqualTo("negociation a geneve");
        assertThat(Search.fold("TÜRKIYE")).isEqualTo("turkiye");
    }
}
