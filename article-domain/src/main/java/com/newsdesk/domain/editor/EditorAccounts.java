package com.newsdesk.domain.editor;

import java.util.List;
import java.util.Optional;

/** Where newsroom accounts are kept. */
public interface EditorAccounts {

    Optional<EditorAccount> find(String username);

    /** Every account, by username. */
    List<EditorAccount> all();

    /** Creates the account, or replaces the password, roles and state of the one with the same username. */
    void save(EditorAccount account);

    /** Creates the account unless one with its username exists; says whether it did. */
    boolean addIfAbsent(EditorAccount account);
}
