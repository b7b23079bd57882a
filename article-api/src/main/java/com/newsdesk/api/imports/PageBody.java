package com.newsdesk.api.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posted page's bytes as text: in the charset its Content-Type names, else (for HTML) its own {@code <meta
 * charset>}, else UTF-8. Bytes that are not text in that charset, binary bodies and empty ones are refused.
 */
final class PageBody {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);

    private PageBody() {}

    static String decode(byte[] body, Charset declared, boolean html) {
        if (body == null || body.length == 0) {
            throw ImportRefusedException.invalid("the body is empty; send the page's text or HTML");
        }
        Charset charset = declared;
        if (charset == null && html) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = charset(m.group(1));
            }
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notText) {
            throw ImportRefusedException.invalid("the body is not " + charset.name()
                    + " text; name the page's charset in the Content-Type (text/plain; charset=...)");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw ImportRefusedException.invalid("the body is binary (it holds NUL characters), not a page");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > text.length() / 100 + 2) {
            throw ImportRefusedException.invalid("the body is binary (control characters), not a page");
        }
        if (text.isBlank()) {
            throw ImportRefusedException.invalid("the body is blank; send the page's text or HTML");
        }
        return text;
    }

    /** The charset named, or a refusal saying it is not one this service knows. */
    static Charset charset(String name) {
        try {
            return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw ImportRefusedException.invalid("the charset " + name.strip() + " is not one this service reads");
        }
    }
}
