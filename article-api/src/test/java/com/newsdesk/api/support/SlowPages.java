package com.newsdesk.api.support;

/** Pages no news story looks like, which would take the reader far longer than its time limit. */
public final class SlowPages {

    private SlowPages() {}

    /**
     * One paragraph in which 8,000 different people each say something (about 700 KB): every name is compared with
     * every mention, which without a limit takes the reader about 40 seconds (measured on this project's machine).
     */
    public static String thousandsOfNamesInOneParagraph() {
        StringBuilder page = new StringBuilder("Residents speak out about the road\n\n");
        for (int i = 0; i < 8000; i++) {
            page.append(word(i))
                    .append(' ')
                    .append(word(i * 7919 + 13))
                    .append(" said on Tuesday that “the road is a")
                    .append(" disgrace” in March 2019. ");
        }
        return page.toString();
    }

    /** A capitalised made-up word of six letters, different for each number. */
    private static String word(int n) {
        StringBuilder w = new StringBuilder();
        int x = Math.floorMod(n, 308_915_776);
        for (int i = 0; i < 6; i++) {
            w.append((char) ('a' + x % 26));
            x /= 26;
        }
        w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
        return w.toString();
    }
}
