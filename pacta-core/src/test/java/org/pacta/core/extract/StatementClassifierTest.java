package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementClassifierTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Nous garantissons le respect de la frontière.                      | COMMITMENT
            fr | Nous retirerons nos troupes d'ici à la fin du mois.                 | COMMITMENT
            fr | Nous insistons sur des garanties juridiques contraignantes.         | DEMAND
            fr | Nous exigeons une réponse écrite.                                   | DEMAND
            fr | Nous sommes prêts à discuter de toutes les questions.               | READINESS
            fr | La Russie reste ouverte au dialogue.                                | READINESS
            fr | Il n'est pas question de revenir en arrière.                        | REFUSAL
            fr | Nous ne discuterons jamais de ce point.                              | REFUSAL
            fr | Nous refusons ce calendrier.                                        | REFUSAL
            fr | On nous a trompés à plusieurs reprises.                             | ACCUSATION
            fr | Ils ont violé leurs engagements.                                    | ACCUSATION
            fr | La réunion a eu lieu dans un hôtel.                                 | OTHER
            en | We will withdraw the battalion by June.                             | COMMITMENT
            en | We guarantee safe passage for civilians.                            | COMMITMENT
            en | We demand an immediate ceasefire.                                   | DEMAND
            en | Moscow must pull back its forces.                                   | DEMAND
            en | We are ready to discuss arms control.                               | READINESS
            en | We are willing to meet at any level.                                | READINESS
            en | We will not discuss our membership policy.                          | REFUSAL
            en | That proposal is a non-starter.                                     | REFUSAL
            en | We were deceived again and again.                                   | ACCUSATION
            en | They violate the treaty every day.                                  | ACCUSATION
            en | The weather in Geneva was cold.                                     | OTHER
            ru | Мы гарантируем безопасность поставок.                               | COMMITMENT
            ru | Мы требуем письменного ответа.                                      | DEMAND
            ru | Мы готовы обсуждать эти вопросы.                                    | READINESS
            ru | Мы не будем обсуждать этот вопрос.                                  | REFUSAL
            ru | Нас обманули.                                                       | ACCUSATION
            ru | Встреча прошла в Женеве.                                            | OTHER
            """)
    void classify_cuePhrases(String language, String quote, StatementKind expected) {
        assertThat(StatementClassifier.classify(quote, Language.parse(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | We will not accept any veto.                 | REFUSAL
            fr | Nous ne sommes pas prêts à céder.            | REFUSAL
            ru | Мы не готовы к уступкам.                     | REFUSAL
            """)
    void classify_negationBeatsReadinessAndCommitment(String language, String quote, StatementKind expected) {
        assertThat(StatementClassifier.classify(quote, Language.parse(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Nous insistons sur des garanties, car l'Occident peut violer ses promesses. | DEMAND
            en | We demand answers, because they deceived us before.                       | DEMAND
            fr | Ils ont refusé toutes nos propositions.                                   | OTHER
            ru | Они сами отказались от диалога.                                           | OTHER
            en | We will not pay for access to our own ports.                              | REFUSAL
            fr | Nous n'accepterons aucune présence étrangère.                             | REFUSAL
            fr | Nous ne prendrons pas de décision précipitée.                             | REFUSAL
            """)
    void classify_speakersOwnActDominates(String language, String quote, StatementKind expected) {
        assertThat(StatementClassifier.classify(quote, Language.parse(language))).isEqualTo(expected);
    }
}
