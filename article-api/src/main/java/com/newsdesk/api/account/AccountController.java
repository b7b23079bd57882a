package com.newsdesk.api.account;

import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.domain.editor.AccountService;
import com.newsdesk.domain.editor.EditorAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage the newsroom's accounts. Answers never carry a password or its hash; the log names who did what. */
@RestController
@RequestMapping(path = "/api/accounts", produces = "application/json")
@Tag(name = "Accounts", description = "Admins only: who may sign in, and as what")
class AccountController {

    private static final Logger log = LoggerFactory.getLogger(AccountController.class);
    private static final String PROBLEM = "application/problem+json";

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create an account", security = @SecurityRequirement(name = "editor"))
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed username, a password too short or too long, no or unknown roles",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The username is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<AccountResponse> create(
            @RequestBody AccountRequest request, @Parameter(hidden = true) Authentication admin) {
        EditorAccount created =
                accounts.create(request.username(), request.password(), AccountRequest.roles(request.roles()));
        log.info("Account '{}' created by '{}' with roles {}", created.username(), admin.getName(), created.roles());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/accounts/" + created.username()))
                .cacheControl(CacheControl.noStore())
                .body(AccountResponse.from(created));
    }

    @GetMapping
    @Operation(summary = "List the accounts", security = @SecurityRequirement(name = "editor"))
    @ApiResponse(responseCode = "200", description = "Every account, by username")
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<List<AccountResponse>> all() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(accounts.all().stream().map(AccountResponse::from).toList());
    }

    @GetMapping("/{username}")
    @Operation(summary = "One account", security = @SecurityRequirement(name = "editor"))
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such account",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<AccountResponse> one(
            @Parameter(
                            description = "The account's username",
                            schema =
                                    @Schema(
                                            type = "string",
                                            pattern = AccountRequest.USERNAME_PATTERN,
                                            maxLength = 100))
                    @PathVariable
                    String username) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(AccountResponse.from(accounts.account(username)));
    }

    @PatchMapping(path = "/{username}", consumes = "application/json")
    @Operation(
            summary = "Change an account's roles, state or password",
            description = "A disabled account is refused at its next request. An admin cannot disable their own"
                    + " account or take away their own admin role.",
            security = @SecurityRequirement(name = "editor"))
    @ApiResponse(responseCode = "200", description = "The account as it now is")
    @ApiResponse(
            responseCode = "400",
            description = "Nothing to change, no or unknown roles, a password too short or too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such account",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "An admin would lock themselves out",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<AccountResponse> change(
            @Parameter(
                            description = "The account's username",
                            schema =
                                    @Schema(
                                            type = "string",
                                            pattern = AccountRequest.USERNAME_PATTERN,
                                            maxLength = 100))
                    @PathVariable
                    String username,
            @RequestBody AccountChangeRequest request,
            @Parameter(hidden = true) Authentication admin) {
        EditorAccount changed = accounts.change(
                username,
                new AccountService.AccountChange(
                        AccountRequest.roles(request.roles()), request.enabled(), request.password()),
                admin.getName());
        log.info(
                "Account '{}' changed by '{}': roles {}, enabled {}{}",
                changed.username(),
                admin.getName(),
                changed.roles(),
                changed.enabled(),
                request.password() != null ? ", password reset" : "");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(AccountResponse.from(changed));
    }
}
