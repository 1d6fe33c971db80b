package org.pacta.app.cli;

import java.io.PrintWriter;
import org.pacta.app.web.PactaServer;
import org.pacta.core.PactaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pacta} command. Exit codes: 0 success, 1 the work failed (the reason on one line),
 * 2 the command line was wrong.
 */
@Command(name = "pacta", mixinStandardHelpOptions = true, version = "pacta " + PactaServer.VERSION,
        description = "A signed, tamper-evident record of what states promise each other.",
        subcommands = {ServeCommand.class, DemoCommand.class, ExportCommand.class, ImportCommand.class, UserCommand.class,
                VerifyCommand.class, FsckCommand.class, WitnessCommand.class, BenchCommand.class, KeygenCommand.class, SignCommand.class, ExtractCommand.class, ImportReportCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and answers the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("pacta: " + firstLine(e.getMessage()) + " (see: pacta --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter stderr = commandLine.getErr();
            if (e instanceof PactaException) {
                stderr.println("pacta: " + firstLine(e.getMessage()));
            } else {
                stderr.println("pacta: unexpected failure: " + e);
                e.printStackTrace(stderr);
            }
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "failed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
