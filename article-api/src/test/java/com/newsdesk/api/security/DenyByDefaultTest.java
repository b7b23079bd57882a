package com.newsdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Deny by default: this walks every endpoint the service maps (its controllers, the actuator's, springdoc's, and a
 * controller this test adds the way a colleague would add one, forgetting security), calls every write without
 * credentials, and fails when any answers but 401. Anonymous access is listed in AnonymousAccess; nothing else is
 * open.
 */
@ApiTest
@Import(DenyByDefaultTest.ForgottenEndpoints.class)
class DenyByDefaultTest {

    private static final Set<RequestMethod> READS =
            EnumSet.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS, RequestMethod.TRACE);
    private static final List<RequestMethod> WRITES =
            List.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** New endpoints, as a colleague might add them: nothing about security. */
    @RestController
    static class ForgottenEndpoints {

        @PostMapping("/api/drafts-of-a-colleague")
        String create() {
            return "created";
        }

        @PutMapping("/api/drafts-of-a-colleague/{id}")
        String replace() {
            return "replaced";
        }

        @DeleteMapping("/api/drafts-of-a-colleague/{id}")
        String delete() {
            return "deleted";
        }

        @GetMapping("/internal/report-of-a-colleague")
        String report() {
            return "report";
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    record Endpoint(RequestMethod method, String path) {}

    @Test
    void noWriteAnswersAnyoneWithoutCredentials() {
        List<Endpoint> writes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (handler.getBeanType().getName().endsWith("ProblemErrorController")) {
                    return; // /error: where the container forwards errors; reached directly it is a 404 (see below)
                }
                for (String pattern : patterns(info)) {
                    for (RequestMethod method : methods(info)) {
                        if (!READS.contains(method)) {
                            writes.add(new Endpoint(method, concrete(pattern)));
                        }
                    }
                }
            });
        }
        assertThat(writes)
                .as("the walk found the service's writes, and the ones this test added")
                .contains(
                        new Endpoint(RequestMethod.POST, "/api/articles/x/corrections"),
                        new Endpoint(RequestMethod.POST, "/desk/articles/x/corrections"),
                        new Endpoint(RequestMethod.POST, "/api/drafts-of-a-colleague"),
                        new Endpoint(RequestMethod.DELETE, "/api/drafts-of-a-colleague/x"));

        Http http = new Http(port)
                .withoutContract("the added endpoints are not documented, and 401 is all this test looks at");
        List<String> open = new ArrayList<>();
        for (Endpoint write : writes) {
            boolean takesABody = write.method() != RequestMethod.DELETE;
            Reply reply = http.send(
                    write.method().name(),
                    write.path(),
                    takesABody
                            ? HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)
                            : HttpRequest.BodyPublishers.noBody(),
                    "Content-Type",
                    "application/json",
                    "If-Match",
                    "\"r1\"");
            // The desk's forms (package pages) are refused before authentication: without the CSRF token of a
            // signed-in session, Spring Security answers 403 and the write never runs.
            boolean refused = reply.status() == 401 || (write.path().startsWith("/desk/") && reply.status() == 403);
            if (!refused) {
                open.add(write + " answered " + reply.status());
            }
        }
        assertThat(open).as("writes reachable without credentials").isEmpty();
    }

    @Test
    void onlyTheListedReadsAreAnonymous() {
        Http http = new Http(port).withoutContract("the added endpoint is not documented");
        http.get("/internal/report-of-a-colleague").problem(401);
        http.get("/internal/report-of-a-colleague", "Authorization", Accounts.editor())
                .expect(200);
        http.get("/actuator/prometheus").problem(401);
        http.get("/actuator/env").problem(401);
        http.get("/api/articles").expect(200);
        http.get("/actuator/health").expect(200);
        http.get("/v3/api-docs").expect(200);
        // The error page, reached directly, is no way in.
        http.send("POST", "/error", HttpRequest.BodyPublishers.ofString("{}"), "Content-Type", "application/json")
                .problem(404);
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? new TreeSet<>(List.of(RequestMethod.values())) : methods;
    }

    /** A path that the pattern matches: every variable, and every wildcard, filled with "x". */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "x")
                .replaceAll("\\{[^}]+}", "x")
                .replace("**", "x")
                .replace("*", "x");
    }
}
