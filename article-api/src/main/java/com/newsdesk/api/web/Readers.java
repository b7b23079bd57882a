package com.newsdesk.api.web;

import com.newsdesk.domain.article.Audience;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is reading this request: the newsroom (a signed-in reporter, editor or admin) or the public. */
public final class Readers {

    private Readers() {}

    public static Audience current() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return Audience.PUBLIC;
        }
        for (GrantedAuthority authority : who.getAuthorities()) {
            String role = authority.getAuthority();
            if ("ROLE_REPORTER".equals(role) || "ROLE_EDITOR".equals(role) || "ROLE_ADMIN".equals(role)) {
                return Audience.NEWSROOM;
            }
        }
        return Audience.PUBLIC;
    }
}
