package org.pacta.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.access.AccessService;
import org.pacta.core.access.Role;
import org.pacta.core.registry.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = {UserCommand.Add.class})
final class UserCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account and print its bearer token (shown once) as the last line.")
    static final class Add implements Callable<Integer> {

        @Mixin
        StoreOptions store = new StoreOptions();

        @Option(names = "--name", required = true, description = "unique account name")
        String name;

        @Option(names = "--role", required = true, description = "admin, delegate, analyst or witness")
        String role;

        @Option(names = "--party", description = "the party a delegate acts for")
        String party;

        @Option(names = "--password-stdin", description = "read a password for the web pages from standard input")
        boolean passwordStdin;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role parsed;
            try {
                parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PactaException.InvalidInput("role", "--role must be admin, delegate, analyst or witness, was: "
                        + role);
            }
            Optional<String> password = Optional.empty();
            if (passwordStdin) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                password = Optional.ofNullable(in.readLine());
            }
            AccessService.NewAccount account = new AccessService.NewAccount(name, parsed, Optional.ofNullable(party),
                    password);
            try (Pacta pacta = store.open()) {
                account.party().ifPresent(p -> {
                    if (!pacta.registry().exists(Kind.PARTY, p)) {
                        throw new PactaException.InvalidInput("party", "--party: no party has the id \"" + p + "\"");
                    }
                });
                String token = pacta.access().createAccount(account);
                spec.commandLine().getOut().println("Created " + parsed.name().toLowerCase(Locale.ROOT) + " account "
                        + name + account.party().map(p -> " for " + p).orElse("") + "; its token:");
                spec.commandLine().getOut().println(token);
            }
            return 0;
        }
    }
}
