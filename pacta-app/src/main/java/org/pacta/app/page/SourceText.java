package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pacta.core.statement.Statement;

/**
 * A source's stored text cut into runs, each quotation a statement points at (by its {@code start}
 * and {@code end} character offsets) marked as its own run, so the page can highlight it where it
 * stands. A statement whose offsets fall outside the text or overlap an earlier quotation is left
 * unmarked rather than guessed at; it is still listed with the other statements.
 */
public record SourceText(List<Run> runs, long marked) {

    public SourceText {
        runs = List.copyOf(runs);
    }

    /** A stretch of the text, and the statement it quotes when it is a quotation. */
    public record Run(String text, Optional<Statement> statement) {
        public Run {
            requireNonNull(text, "text is null");
            requireNonNull(statement, "statement is null");
        }
    }

    static SourceText marked(String text, List<Statement> statements) {
        List<Statement> placed = statements.stream()
                .filter(s -> s.start().isPresent() && s.end().isPresent())
                .filter(s -> s.start().get() >= 0 && s.start().get() < s.end().get() && s.end().get() <= text.length())
                .sorted(Comparator.comparingInt((Statement s) -> s.start().get()))
                .toList();
        List<Run> runs = new ArrayList<>();
        int at = 0;
        long marked = 0;
        for (Statement statement : placed) {
            int start = statement.start().get();
            if (start < at) {
                continue;
            }
            if (start > at) {
                runs.add(new Run(text.substring(at, start), Optional.empty()));
            }
            runs.add(new Run(text.substring(start, statement.end().get()), Optional.of(statement)));
            at = statement.end().get();
            marked++;
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), Optional.empty()));
        }
        return new SourceText(runs, marked);
    }
}
