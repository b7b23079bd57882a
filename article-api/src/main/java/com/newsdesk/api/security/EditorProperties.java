package com.newsdesk.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editor account created or updated at start ({@code NEWSDESK_EDITOR_USERNAME}, {@code NEWSDESK_EDITOR_PASSWORD}).
 * Without a password, an account that does not exist yet gets a random one, printed once in the log; an existing one
 * keeps its password.
 */
@ConfigurationProperties("newsdesk.editor")
public record EditorProperties(@DefaultValue("editor") String username, String password) {}
