package org.pacta.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pacta.core.PactaException;
import org.pacta.core.instrument.Redline.Change;
import org.pacta.core.instrument.Redline.Op;
import org.pacta.core.instrument.Redline.ProvisionChange;
import org.pacta.core.instrument.Redline.Token;

class RedlineTest {

    private static Provision article(String eid, String number, String text) {
        return new Provision(eid, Optional.of(number), Optional.empty(), text);
    }

    private static Version version(String instrument, int number, Provision... provisions) {
        return new Version(instrument, number, Optional.of("alpha"), Optional.empty(), Optional.of("en"),
                List.of(provisions), List.of(), Optional.empty());
    }

    private static final Version FIRST = version("pact", 1,
            article("art_1", "Article 1", "The Parties shall cooperate on the basis of equal security."),
            article("art_2", "Article 2", "Neither Party shall station forces near the other."),
            article("art_3", "Article 3", "This Treaty enters into force on signature."));

    private static final Version SECOND = version("pact", 2,
            article("art_1", "Article 1", "The Parties shall cooperate on the basis of equal security."),
            article("art_1a", "Article 2", "The Parties shall exchange notices of exercises."),
            article("art_3", "Article 3", "This Treaty enters into force on the last notification."));

    @Test
    void between_classifiesEachEid() {
        Redline redline = Redline.between(FIRST, SECOND);
        assertThat(redline.from()).isEqualTo(1);
        assertThat(redline.to()).isEqualTo(2);
        assertThat(redline.provisions()).extracting(ProvisionChange::eid, ProvisionChange::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("art_1", Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("art_2", Change.REMOVED),
                org.assertj.core.groups.Tuple.tuple("art_1a", Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("art_3", Change.CHANGED));
        assertThat(redline.count(Change.CHANGED)).isEqualTo(1);
        assertThat(redline.count(Change.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void between_changedProvision_hasWordRedline() {
        ProvisionChange art3 = Redline.between(FIRST, SECOND).provisions().get(3);
        assertThat(art3.text()).containsExactly(new Token(Op.EQUAL, "This Treaty enters into force on "),
                new Token(Op.DELETE, "signature"), new Token(Op.INSERT, "the last notification"),
                new Token(Op.EQUAL, "."));
        assertThat(art3.heading()).isEmpty();
    }

    @Test
    void between_addedAndRemoved_areWholeTexts() {
        Redline redline = Redline.between(FIRST, SECOND);
        assertThat(redline.provisions().get(1).text()).containsExactly(new Token(Op.DELETE,
                "Neither Party shall station forces near the other."));
        assertThat(redline.provisions().get(1).after()).isEmpty();
        assertThat(redline.provisions().get(2).text()).containsExactly(new Token(Op.INSERT,
                "The Parties shall exchange notices of exercises."));
        assertThat(redline.provisions().get(2).before()).isEmpty();
    }

    @Test
    void compare_renumberedArticle_isMatchedByEidAndReported() {
        List<Provision> before = List.of(article("art_1", "Article 1", "Scope."),
                article("art_2", "Article 2", "Duties."));
        List<Provision> after = List.of(article("art_0", "Article 1", "Definitions."),
                article("art_1", "Article 2", "Scope."), article("art_2", "Article 3", "Duties, in full."));
        List<ProvisionChange> changes = Redline.compare(before, after);
        assertThat(changes).extracting(ProvisionChange::change)
                .containsExactly(Change.ADDED, Change.UNCHANGED, Change.CHANGED);
        assertThat(changes).extracting(ProvisionChange::renumbered).containsExactly(false, true, true);
        assertThat(new Redline(1, 2, changes).renumbered()).isEqualTo(2);
    }

    @Test
    void compare_positionDoesNotMatter_onlyEid() {
        List<Provision> before = List.of(article("art_1", "Article 1", "One."), article("art_2", "Article 2", "Two."));
        List<Provision> after = List.of(article("art_2", "Article 2", "Two."), article("art_1", "Article 1", "One."));
        assertThat(Redline.compare(before, after)).extracting(ProvisionChange::eid, ProvisionChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("art_2", Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("art_1", Change.UNCHANGED));
    }

    @Test
    void compare_removedProvisionsKeepTheirPlace() {
        List<Provision> before = List.of(article("a", "1", "A."), article("b", "2", "B."), article("c", "3", "C."),
                article("d", "4", "D."));
        List<Provision> after = List.of(article("a", "1", "A."), article("c", "2", "C."));
        assertThat(Redline.compare(before, after)).extracting(ProvisionChange::eid).containsExactly("a", "b", "c", "d");
    }

    @Test
    void compare_headingOnlyChange_isChanged() {
        List<Provision> before = List.of(new Provision("art_1", Optional.of("Article 1"), Optional.of("Scope"),
                "Same text."));
        List<Provision> after = List.of(new Provision("art_1", Optional.of("Article 1"), Optional.of("Scope and aims"),
                "Same text."));
        ProvisionChange change = Redline.compare(before, after).get(0);
        assertThat(change.change()).isEqualTo(Change.CHANGED);
        assertThat(change.text()).containsExactly(new Token(Op.EQUAL, "Same text."));
        assertThat(ProvisionChange.spell(change.heading(), true)).isEqualTo("Scope and aims");
        assertThat(ProvisionChange.spell(change.heading(), false)).isEqualTo("Scope");
    }

    @Test
    void between_otherInstrument_isRefused() {
        assertThatThrownBy(() -> Redline.between(FIRST, version("other", 2, article("art_1", "Article 1", "X."))))
                .isInstanceOf(PactaException.InvalidInput.class).hasMessageContaining("one instrument");
    }

    @Test
    void between_sameVersion_isAllUnchanged() {
        Redline redline = Redline.between(FIRST, FIRST);
        assertThat(redline.count(Change.UNCHANGED)).isEqualTo(3);
        assertThat(redline.renumbered()).isZero();
    }
}
