package com.newsdesk.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

/**
 * The one reading of the {@code Authorization} header, used by the login throttle and by HTTP Basic authentication
 * alike, so that whatever is checked against a password has been counted by the throttle first. The header is parsed
 * once per request; the result is kept on the request.
 *
 * <p>Strict, as RFC 7617 writes it: the scheme {@code Basic} (in any case), one or more spaces, and a base64 token of
 * {@code user-id:password} in UTF-8, without control characters. No header: anonymous ({@code null}). Anything else
 * ({@code BasicX}, a tab, {@code BASIC:}, another scheme, bad base64 or UTF-8, no colon) is refused as malformed with
 * {@link MalformedCredentialsException}: a 401, never a password check.
 */
final class BasicCredentials implements AuthenticationConverter {

    private static final String PARSED = BasicCredentials.class.getName() + ".parsed";
    private static final Pattern BASIC = Pattern.compile("(?i:Basic) +([A-Za-z0-9+/]+={0,2})");

    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    /**
     * @return the credentials the request carries, or {@code null} when it carries none
     * @throws MalformedCredentialsException when it carries an Authorization header that is not well-formed Basic
     */
    @Override
    public UsernamePasswordAuthenticationToken convert(HttpServletRequest request) {
        Object parsed = request.getAttribute(PARSED);
        if (parsed == null) {
            try {
                parsed = read(request);
            } catch (MalformedCredentialsException malformed) {
                parsed = malformed;
            }
            request.setAttribute(PARSED, parsed);
        }
        if (parsed instanceof MalformedCredentialsException malformed) {
            throw malformed;
        }
        return parsed instanceof UsernamePasswordAuthenticationToken token ? token : null;
    }

    private Object read(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Boolean.FALSE;
        }
        Matcher basic = BASIC.matcher(header);
        if (!basic.matches()) {
            throw new MalformedCredentialsException("the Authorization header is not HTTP Basic credentials");
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(basic.group(1));
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            decoded = chars.toString();
        } catch (IllegalArgumentException | CharacterCodingException notBase64OrUtf8) {
            throw new MalformedCredentialsException("the Basic credentials are not base64 of UTF-8 text");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1 || decoded.chars().anyMatch(Character::isISOControl)) {
            throw new MalformedCredentialsException("the Basic credentials are not user-id:password");
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(
                decoded.substring(0, colon), decoded.substring(colon + 1));
        token.setDetails(details.buildDetails(request));
        return token;
    }
}
