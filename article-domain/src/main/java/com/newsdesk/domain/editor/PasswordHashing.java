package com.newsdesk.domain.editor;

/** Turns a password into the self-describing hash an account keeps ({@code {bcrypt}$2a$...}); never reversible. */
public interface PasswordHashing {

    String hash(String password);
}
