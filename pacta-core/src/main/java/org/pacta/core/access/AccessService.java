package org.pacta.core.access;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.pacta.core.PactaException;

/**
 * Bearer tokens. A token is shown once, when it is made; only its SHA-256 digest is stored, so a
 * copy of the database does not hand out write access.
 */
public final class AccessService {

    public static final String ADMIN_TOKEN_FILE = "admin.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What an unknown name is checked against: the same cost as a real hash (the iterations are
     * what take time), but made without deriving anything, so that start-up does not pay for it.
     */
    private static final String DUMMY_HASH = Passwords.unmatchable();
    private final Jdbi jdbi;
    private final Clock clock;

    public AccessService(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** What a new account is: a unique name, one role, a party for a delegate, an optional password. */
    public record NewAccount(String name, Role role, Optional<String> party, Optional<String> password) {
        public NewAccount {
            name = org.pacta.core.registry.Fields.text("name", name);
            if (name.length() > 200) {
                throw new PactaException.InvalidInput("name", "name is longer than 200 characters");
            }
            org.pacta.core.registry.Fields.required("role", role);
            party = org.pacta.core.registry.Fields.optionalId("party", party);
            password = org.pacta.core.registry.Fields.optional(password);
            if (role == Role.DELEGATE && party.isEmpty()) {
                throw new PactaException.InvalidInput("party", "a DELEGATE acts for exactly one party: give its id");
            }
            if (role != Role.DELEGATE && party.isPresent()) {
                throw new PactaException.InvalidInput("party", "only a DELEGATE has a party");
            }
            password.ifPresent(p -> {
                if (p.length() < 12) {
                    throw new PactaException.InvalidInput("password", "password must be at least 12 characters");
                }
            });
        }
    }

    /**
     * Creates an account and its first token; answers the token, shown this once. The caller checks
     * that a delegate's party exists.
     */
    public String createAccount(NewAccount account) {
        boolean taken = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE name = :name")
                .bind("name", account.name()).mapTo(Long.class).one() > 0);
        if (taken) {
            throw new PactaException.Conflict("an account named \"" + account.name() + "\" already exists");
        }
        String hash = account.password().map(p -> Passwords.hash(p.toCharArray())).orElse(null);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO account (name, role, party, password_hash, created) "
                        + "VALUES (:name, :role, :party, :hash, :created)")
                .bind("name", account.name()).bind("role", account.role().name())
                .bind("party", account.party().orElse(null)).bind("hash", hash)
                .bind("created", Instant.now(clock).toString()).execute());
        return createToken(account.name(), account.role(), account.party());
    }

    /** The account whose password this is, for signing in to the web pages. */
    public Optional<Principal> signIn(String name, String password) {
        record Row(Principal principal, String hash) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT name, role, party, password_hash FROM account "
                        + "WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new Row(new Principal(rs.getString(1), Role.valueOf(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3))), rs.getString(4)))
                .findOne());
        if (row.isEmpty() || row.get().hash() == null) {
            // hash anyway, so an unknown name takes as long to refuse as a wrong password
            Passwords.matches(password.toCharArray(), DUMMY_HASH);
            return Optional.empty();
        }
        return row.filter(r -> Passwords.matches(password.toCharArray(), r.hash())).map(Row::principal);
    }

    /** Makes a token for {@code name} with {@code role}; answers the token, which is not stored. */
    public String createToken(String name, Role role, Optional<String> party) {
        requireNonNull(name, "name is null");
        if (role == Role.DELEGATE && party.isEmpty()) {
            throw new PactaException.InvalidInput("party", "a DELEGATE token needs its party");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "pacta_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_token (token_hash, name, role, party, created) "
                        + "VALUES (:hash, :name, :role, :party, :created)")
                .bind("hash", digest(token)).bind("name", name).bind("role", role.name())
                .bind("party", party.orElse(null)).bind("created", Instant.now(clock).toString()).execute());
        return token;
    }

    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT name, role, party FROM api_token WHERE token_hash = :hash")
                .bind("hash", digest(token.strip()))
                .map((rs, ctx) -> new Principal(rs.getString(1), Role.valueOf(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3))))
                .findOne());
    }

    public boolean hasAdmin() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_token WHERE role = 'ADMIN'")
                .mapTo(Long.class).one() > 0);
    }

    /**
     * On first start, makes the admin token and writes it to {@code <dataDir>/admin.token}, readable by
     * the owner only. Answers the file's path when one was written.
     */
    public Optional<Path> ensureAdminToken(Path dataDir) {
        if (hasAdmin()) {
            return Optional.empty();
        }
        String token = createToken("admin", Role.ADMIN, Optional.empty());
        Path file = dataDir.resolve(ADMIN_TOKEN_FILE);
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot write the admin token to " + file + " (" + e.getMessage()
                    + "): run with --data DIR pointing at a writable folder", e);
        }
        return Optional.of(file);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
