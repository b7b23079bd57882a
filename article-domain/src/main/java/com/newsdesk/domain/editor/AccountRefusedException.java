package com.newsdesk.domain.editor;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** An account change the newsroom's rules do not allow. Nothing changed. */
public final class AccountRefusedException extends DomainException {

    private AccountRefusedException(FailureKind kind, String code, String title, String detail) {
        super(kind, code, title, detail);
    }

    static AccountRefusedException taken(String username) {
        return new AccountRefusedException(
                FailureKind.CONFLICT,
                "account-exists",
                "Account exists",
                "There is already an account named '" + echo(username) + "'.");
    }

    static AccountRefusedException unknown(String username) {
        return new AccountRefusedException(
                FailureKind.NOT_FOUND,
                "account-not-found",
                "Account not found",
                "No account is named '" + echo(username) + "'.");
    }

    static AccountRefusedException lockout() {
        return new AccountRefusedException(
                FailureKind.CONFLICT,
                "admin-lockout",
                "Would lock admins out",
                "An admin cannot disable their own account or take away their own admin role: ask another admin.");
    }
}
