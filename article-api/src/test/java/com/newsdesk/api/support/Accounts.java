package com.newsdesk.api.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The accounts the HTTP tests sign in with. */
public final class Accounts {

    /** Created at start by the service's own provisioning, from newsdesk.editor.* (see {@link ApiTest}). */
    public static final String EDITOR = "editor";

    public static final String EDITOR_PASSWORD = "correct-horse-battery-staple";

    private Accounts() {}

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String editor() {
        return basic(EDITOR, EDITOR_PASSWORD);
    }
}
