package org.pacta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.core.testing.TestStores;

class CliTest {

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void unknownCommand_exits2WithOneLine() {
        Run run = run("frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void badOption_exits2WithOneLine() {
        Run run = run("serve", "--port", "eighty");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--port");
        assertThat(run("export", "--data", temp.toString()).code()).as("--out is required").isEqualTo(2);
    }

    @Test
    void cdsTraining_servesAThrowAwayRegistryRemovesItAndStaysHidden() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingFolders(tmp);
        Run run = run("cds-training");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("training run done");
        assertThat(trainingFolders(tmp)).as("the temporary registry is removed").isEqualTo(before);
        assertThat(run("--help").out()).doesNotContain("cds-training");
    }

    private static List<Path> trainingFolders(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("pacta-training-")).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "demo", "export", "import"})
    void help_everyCommand_exits0(String command) {
        Run run = run(command, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: pacta " + command);
    }

    @Test
    void exportImportExport_demoDataset_isIdentical() throws IOException {
        Path dataset = temp.resolve("demo.json");
        Files.write(dataset, DemoCommand.demoDataset());
        assertThat(run("import", "--data", temp.resolve("one").toString(), dataset.toString()).code()).isZero();
        Path first = temp.resolve("first.json");
        assertThat(run("export", "--data", temp.resolve("one").toString(), "--out", first.toString()).code()).isZero();
        Run imported = run("import", "--data", temp.resolve("two").toString(), first.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Path second = temp.resolve("second.json");
        assertThat(run("export", "--data", temp.resolve("two").toString(), "--out", second.toString()).code()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(first)).contains("\"us-russia-treaty-2021\"", "\"nato-russia-agreement-2021\"");
    }

    @Test
    void export_csv_writesOneRowPerItem() throws IOException {
        Path dataset = temp.resolve("small.json");
        Files.write(dataset, TestStores.resource("/fixtures/small-dataset.json"));
        Path data = temp.resolve("data");
        assertThat(run("import", "--data", data.toString(), dataset.toString()).code()).isZero();
        Path csv = temp.resolve("out.csv");
        assertThat(run("export", "--data", data.toString(), "--out", csv.toString(), "--format", "csv").code()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("kind,id,parent,date,title,json");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("commitment,oral-1990,,1990-02-09,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("stance,no-enlargement-s2,no-enlargement,2022-01-26,"));
    }

    @Test
    void import_badFile_exits1NamingFieldAndRecordsNothing() throws IOException {
        Path data = temp.resolve("data");
        Path good = temp.resolve("small.json");
        Files.write(good, TestStores.resource("/fixtures/small-dataset.json"));
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"date\": \"1990-02-09\"", "\"date\": \"1990-02-30\""));
        Run run = run("import", "--data", data.toString(), bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.json", "commitments[", "1990-02-30");
        Path out = temp.resolve("out.json");
        assertThat(run("export", "--data", data.toString(), "--out", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).doesNotContain("oral-1990");
        assertThat(run("import", "--data", data.toString(), temp.resolve("missing.json").toString()).code()).isEqualTo(1);
    }
}
