package com.newsdesk.persistence.editor;

import com.newsdesk.domain.editor.EditorAccount;
import com.newsdesk.domain.editor.EditorAccounts;
import com.newsdesk.domain.editor.Role;
import com.newsdesk.domain.failure.StoreUnavailableException;
import com.newsdesk.persistence.transaction.StoreFailures;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Newsroom accounts in {@code editor_account}. Plain JDBC: one row, looked up by key on every authenticated request,
 * and an upsert that two nodes starting at once can both run.
 */
@Repository
class JdbcEditorAccounts implements EditorAccounts {

    private final JdbcClient jdbc;

    JdbcEditorAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EditorAccount> find(String username) {
        try {
            return lookUp(username);
        } catch (RuntimeException failure) {
            if (StoreFailures.isUnavailable(failure)) {
                throw new StoreUnavailableException(failure);
            }
            throw failure;
        }
    }

    private Optional<EditorAccount> lookUp(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from editor_account where username = ?")
                .param(username)
                .query((rs, n) -> new EditorAccount(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        roles(rs.getArray("roles")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    @Override
    public List<EditorAccount> all() {
        return jdbc.sql("select username, password_hash, roles, enabled from editor_account order by username")
                .query((rs, n) -> new EditorAccount(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        roles(rs.getArray("roles")),
                        rs.getBoolean("enabled")))
                .list();
    }

    @Override
    public void save(EditorAccount account) {
        jdbc.sql("""
                        insert into editor_account (username, password_hash, roles, enabled, updated_at)
                        values (?, ?, ?, ?, now())
                        on conflict (username) do update
                           set password_hash = excluded.password_hash, roles = excluded.roles,
                               enabled = excluded.enabled, updated_at = now()
                        """)
                .param(account.username())
                .param(account.passwordHash())
                .param(roleNames(account))
                .param(account.enabled())
                .update();
    }

    @Override
    public boolean addIfAbsent(EditorAccount account) {
        return jdbc.sql("""
                        insert into editor_account (username, password_hash, roles, enabled, updated_at)
                        values (?, ?, ?, ?, now())
                        on conflict (username) do nothing
                        """)
                        .param(account.username())
                        .param(account.passwordHash())
                        .param(roleNames(account))
                        .param(account.enabled())
                        .update()
                == 1;
    }

    private static String[] roleNames(EditorAccount account) {
        return account.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(
                Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet()));
        return roles;
    }
}
