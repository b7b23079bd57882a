package com.newsdesk.api.security;

import org.springframework.security.authentication.BadCredentialsException;

/** An Authorization header that cannot be read as HTTP Basic credentials. No password was checked. */
public final class MalformedCredentialsException extends BadCredentialsException {
    MalformedCredentialsException(String message) {
        super(message);
    }
}
