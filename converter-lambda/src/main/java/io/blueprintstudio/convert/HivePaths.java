package io.blueprintstudio.convert;

/** Hive-style partition folder names, escaped the way Hive, Glue and Athena unescape them. */
final class HivePaths {
    static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";
    private static final String SPECIAL = "\"#%'*/:=?\\\u007f{[]^";

    private HivePaths() {
    }

    static String escape(String value) {
        if (value.isEmpty()) {
            return DEFAULT_PARTITION;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || SPECIAL.indexOf(ch) >= 0) {
                out.append('%').append(String.format("%02X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
