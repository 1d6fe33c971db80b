package org.pacta.core.extract;

/** What a quoted statement does, as far as promises between states are concerned. */
public enum StatementKind {
    /** The speaker binds themselves: "we will", "nous garantissons", "мы гарантируем". */
    COMMITMENT,
    /** The speaker asks something of another party: "we demand", "nous insistons sur…". */
    DEMAND,
    /** The speaker declares willingness without binding themselves: "ready to discuss". */
    READINESS,
    /** The speaker rules something out: "we will not discuss", "pas question", "refuse". */
    REFUSAL,
    /** The speaker charges another party with wrongdoing: "deceived", "violate", "нас обманули". */
    ACCUSATION,
    /** None of the above. */
    OTHER
}
