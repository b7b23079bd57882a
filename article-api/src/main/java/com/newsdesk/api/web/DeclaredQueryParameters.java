package com.newsdesk.api.web;

import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A request names only the query parameters its handler declares ({@code @RequestParam}), each at most once. Anything
 * else is a 400 naming every parameter at fault: a misspelt filter ({@code ?onn=2017}) would otherwise be ignored and
 * answer everything, and a repeated one ({@code size=5&size=500}) would mean whichever Spring happened to take.
 *
 * <p>One rule for every controller of the service, read from the handler method, so a new endpoint gets it without
 * doing anything. Handlers of libraries (Swagger UI, the OpenAPI document) keep their own rules.
 */
public class DeclaredQueryParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || !method.getBeanType().getPackageName().startsWith("com.newsdesk.")) {
            return true;
        }
        Set<String> names = declared.computeIfAbsent(method.getMethod(), m -> namesOf(method));
        List<Violation> violations = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!names.contains(name)) {
                violations.add(new Violation(
                        name,
                        names.isEmpty()
                                ? "is not a parameter of this request, which takes none"
                                : "is not a parameter of this request, which takes " + String.join(", ", names)));
            } else if (values.length > 1) {
                violations.add(new Violation(name, "is given " + values.length + " times; give it once"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                parameter.initParameterNameDiscovery(NAMES);
                names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
            }
        }
        return names;
    }
}
