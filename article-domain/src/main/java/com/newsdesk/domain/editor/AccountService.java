package com.newsdesk.domain.editor;

import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.transaction.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Admins managing the newsroom's accounts: who may sign in, and as what (reporter, editor, admin). Passwords are taken
 * only to be hashed; they are never returned, stored or logged as given. A change takes effect at the next request:
 * accounts are read on every authenticated request, so a disabled account is refused at once.
 */
public final class AccountService {

    /** The shortest password an account may have, in characters. */
    public static final int MIN_PASSWORD = 12;

    /** The longest: long enough for any passphrase, short enough that hashing it costs nothing unusual. */
    public static final int MAX_PASSWORD = 200;

    private final EditorAccounts accounts;
    private final PasswordHashing hashing;
    private final Transactions transactions;

    public AccountService(EditorAccounts accounts, PasswordHashing hashing, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** What an admin asks to change; null leaves a field as it is. */
    public record AccountChange(Set<Role> roles, Boolean enabled, String password) {}

    /**
     * Creates an enabled account.
     *
     * @throws AccountRefusedException when the username is taken
     */
    public EditorAccount create(String username, String password, Set<Role> roles) {
        Violations v = new Violations();
        v.check(EditorAccount.isValidUsername(username), "username", "must be 1 to 100 letters, digits, . _ @ or -");
        checkPassword(v, password, true);
        v.check(roles != null && !roles.isEmpty(), "roles", "must name at least one of reporter, editor, admin");
        v.throwIfAny();
        EditorAccount account = new EditorAccount(username, hashing.hash(password), roles, true);
        return transactions.inTransaction(() -> {
            if (!accounts.addIfAbsent(account)) {
                throw AccountRefusedException.taken(username);
            }
            return account;
        });
    }

    public List<EditorAccount> all() {
        return transactions.readOnly(accounts::all);
    }

    public EditorAccount account(String username) {
        return transactions.readOnly(
                () -> accounts.find(username).orElseThrow(() -> AccountRefusedException.unknown(username)));
    }

    /**
     * Changes an account's roles, state or password, as {@code admin} asks.
     *
     * @throws AccountRefusedException when there is no such account, or an admin would lock themselves out
     */
    public EditorAccount change(String username, AccountChange change, String admin) {
        Violations v = new Violations();
        v.check(
                change.roles() == null || !change.roles().isEmpty(),
                "roles",
                "must name at least one of reporter, editor, admin");
        v.check(
                change.roles() != null || change.enabled() != null || change.password() != null,
                "body",
                "must change at least one of roles, enabled, password");
        checkPassword(v, change.password(), false);
        v.throwIfAny();
        String hash = change.password() == null ? null : hashing.hash(change.password());
        return transactions.inTransaction(() -> {
            EditorAccount account =
                    accounts.find(username).orElseThrow(() -> AccountRefusedException.unknown(username));
            boolean self = account.username().equals(admin);
            if (self
                    && (Boolean.FALSE.equals(change.enabled())
                            || (change.roles() != null && !change.roles().contains(Role.ADMIN)))) {
                throw AccountRefusedException.lockout();
            }
            EditorAccount changed = account;
            if (change.roles() != null) {
                changed = changed.withRoles(change.roles());
            }
            if (change.enabled() != null) {
                changed = changed.withEnabled(change.enabled());
            }
            if (hash != null) {
                changed = changed.withPasswordHash(hash);
            }
            accounts.save(changed);
            return changed;
        });
    }

    private static void checkPassword(Violations v, String password, boolean required) {
        if (password == null) {
            v.check(!required, "password", "is required");
            return;
        }
        int length = password.codePointCount(0, password.length());
        v.check(
                length >= MIN_PASSWORD && length <= MAX_PASSWORD,
                "password",
                "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        v.check(Violations.textFault(password) == null, "password", "must not contain control characters");
    }
}
