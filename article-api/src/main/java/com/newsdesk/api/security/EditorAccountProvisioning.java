package com.newsdesk.api.security;

import com.newsdesk.domain.editor.EditorAccount;
import com.newsdesk.domain.editor.EditorAccounts;
import com.newsdesk.domain.editor.Role;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the configured editor account (editor and admin) when the service starts. There is no fixed
 * default password.
 */
@Component
class EditorAccountProvisioning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EditorAccountProvisioning.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EditorProperties properties;
    private final EditorAccounts accounts;
    private final PasswordEncoder passwords;

    EditorAccountProvisioning(EditorProperties properties, EditorAccounts accounts, PasswordEncoder passwords) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.username();
        if (properties.password() != null && !properties.password().isBlank()) {
            accounts.save(editor(username, properties.password()));
            log.info("Editor account '{}' created or updated from the configured password", username);
            return;
        }
        String generated = randomPassword();
        if (accounts.addIfAbsent(editor(username, generated))) {
            // Printed this once only: it is stored hashed and cannot be shown again.
            log.warn(
                    "Created editor account '{}' with the generated password: {}  (set NEWSDESK_EDITOR_PASSWORD to"
                            + " choose one)",
                    username,
                    generated);
        } else {
            log.info(
                    "Editor account '{}' exists; keeping its password (set NEWSDESK_EDITOR_PASSWORD to change it)",
                    username);
        }
    }

    private EditorAccount editor(String username, String password) {
        // The provisioned account is the newsroom's first: it edits, and it manages the other accounts.
        return new EditorAccount(username, passwords.encode(password), Set.of(Role.EDITOR, Role.ADMIN), true);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
