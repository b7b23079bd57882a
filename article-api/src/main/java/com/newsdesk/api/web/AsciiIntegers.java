package com.newsdesk.api.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How an integer is written in a query parameter or a path: ASCII digits, with an optional minus sign, and nothing
 * else. Spring's own conversion also reads {@code 0x10} as 16, {@code #10}, a leading {@code +}, and digits of any
 * script ({@code ١٦}); each of those is a 400 here, for every parameter and path variable of every controller at once.
 *
 * <p>A property editor registered for every binder, because it comes first: a converter in the conversion service
 * would only be tried before Spring's default number editor, which reads hexadecimal, falls back on a refusal.
 */
@ControllerAdvice
class AsciiIntegers {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    @InitBinder
    void asciiIntegers(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Editor());
        binder.registerCustomEditor(Integer.class, new Editor());
    }

    private static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || !INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException("not an integer written in ASCII digits");
            }
            // Throws NumberFormatException, an IllegalArgumentException, past the range of int.
            setValue(Integer.valueOf(text));
        }
    }
}
