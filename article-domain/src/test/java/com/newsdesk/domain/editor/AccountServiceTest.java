package com.newsdesk.domain.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.newsdesk.domain.InMemoryStore;
import com.newsdesk.domain.failure.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

    /** Accounts in a map: a real, simple store. */
    private static final class MapAccounts implements EditorAccounts {
        final Map<String, EditorAccount> rows = new TreeMap<>();

        @Override
        public Optional<EditorAccount> find(String username) {
            return Optional.ofNullable(rows.get(username));
        }

        @Override
        public List<EditorAccount> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public void save(EditorAccount account) {
            rows.put(account.username(), account);
        }

        @Override
        public boolean addIfAbsent(EditorAccount account) {
            return rows.putIfAbsent(account.username(), account) == null;
        }
    }

    private final MapAccounts accounts = new MapAccounts();
    private final AccountService service =
            new AccountService(accounts, password -> "{test}" + password.length(), new InMemoryStore());

    @Test
    void anAccountIsCreatedEnabledWithItsPasswordHashedAndOnlyOnce() {
        EditorAccount created = service.create("dana", "a long enough secret", Set.of(Role.REPORTER));

        assertThat(created.enabled()).isTrue();
        assertThat(created.passwordHash()).isEqualTo("{test}20").doesNotContain("secret");
        assertThat(catchThrowable(() -> service.create("dana", "another long secret", Set.of(Role.EDITOR))))
                .isInstanceOf(AccountRefusedException.class);
        assertThat(accounts.rows.get("dana").roles()).containsExactly(Role.REPORTER);
    }

    @Test
    void aShortPasswordABadNameOrNoRoleIsRefusedAllAtOnce() {
        Throwable refused = catchThrowable(() -> service.create("no spaces", "short", Set.of()));

        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).violations())
                .extracting(v -> v.name())
                .containsExactly("username", "password", "roles");
        assertThat(accounts.rows).isEmpty();
    }

    @Test
    void anAdminChangesOthersButCannotLockThemselvesOut() {
        service.create("chief", "a long enough secret", Set.of(Role.ADMIN, Role.EDITOR));
        service.create("dana", "a long enough secret", Set.of(Role.REPORTER));

        EditorAccount disabled = service.change("dana", new AccountService.AccountChange(null, false, null), "chief");
        assertThat(disabled.enabled()).isFalse();
        assertThat(catchThrowable(
                        () -> service.change("chief", new AccountService.AccountChange(null, false, null), "chief")))
                .isInstanceOf(AccountRefusedException.class);
        assertThat(catchThrowable(() -> service.change(
                        "chief", new AccountService.AccountChange(Set.of(Role.EDITOR), null, null), "chief")))
                .isInstanceOf(AccountRefusedException.class);
        assertThat(catchThrowable(
                        () -> service.change("nobody", new AccountService.AccountChange(null, true, null), "chief")))
                .isInstanceOf(AccountRefusedException.class);
        assertThat(accounts.rows.get("chief").enabled()).isTrue();
    }
}
