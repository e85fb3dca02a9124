package org.mingcha.apk.resources;

import java.util.Locale;

/**
 * A typed resource value (Res_value): data type and 32-bit data. String values carry the decoded
 * string, since the index alone means nothing outside its pool.
 */
public record ResValue(int type, int data, String string) {

    public static final int TYPE_NULL = 0x00;
    public static final int TYPE_REFERENCE = 0x01;
    public static final int TYPE_ATTRIBUTE = 0x02;
    public static final int TYPE_STRING = 0x03;
    public static final int TYPE_FLOAT = 0x04;
    public static final int TYPE_DIMENSION = 0x05;
    public static final int TYPE_FRACTION = 0x06;
    public static final int TYPE_DYNAMIC_REFERENCE = 0x07;
    public static final int TYPE_DYNAMIC_ATTRIBUTE = 0x08;
    public static final int TYPE_INT_DEC = 0x10;
    public static final int TYPE_INT_HEX = 0x11;
    public static final int TYPE_INT_BOOLEAN = 0x12;
    public static final int TYPE_FIRST_COLOR_INT = 0x1c;
    public static final int TYPE_LAST_COLOR_INT = 0x1f;

    private static final String[] DIMENSION_UNITS = {"px", "dp", "sp", "pt", "in", "mm"};
    private static final String[] FRACTION_UNITS = {"%", "%p"};
    private static final float[] RADIX_MULTS = {1.0f / (1 << 8), 1.0f / (1 << 15), 1.0f / (1 << 23), 1.0f / (1 << 31)};

    public ResValue {
        string = string == null ? "" : string;
    }

    public static ResValue ofString(String s) {
        return new ResValue(TYPE_STRING, -1, s);
    }

    public boolean isString() {
        return type == TYPE_STRING;
    }

    public boolean isReference() {
        return type == TYPE_REFERENCE || type == TYPE_DYNAMIC_REFERENCE;
    }

    public boolean isInt() {
        return type >= TYPE_INT_DEC && type <= TYPE_LAST_COLOR_INT;
    }

    /** The value as aapt prints it: strings as is, ints in decimal, references as {@code @0x7f0b0001}. */
    public String display() {
        return switch (type) {
            case TYPE_STRING -> string;
            case TYPE_NULL -> "";
            case TYPE_REFERENCE, TYPE_DYNAMIC_REFERENCE -> "@0x" + hex8(data);
            case TYPE_ATTRIBUTE, TYPE_DYNAMIC_ATTRIBUTE -> "?0x" + hex8(data);
            case TYPE_INT_DEC -> Integer.toString(data);
            case TYPE_INT_HEX -> "0x" + Integer.toHexString(data);
            case TYPE_INT_BOOLEAN -> data != 0 ? "true" : "false";
            case TYPE_FLOAT -> Float.toString(Float.intBitsToFloat(data));
            case TYPE_DIMENSION -> complex(data, DIMENSION_UNITS);
            case TYPE_FRACTION -> complex(data, FRACTION_UNITS);
            default -> isInt() ? "#" + hex8(data) : "0x" + hex8(data);
        };
    }

    private static String hex8(int v) {
        return String.format(Locale.ROOT, "%08x", v);
    }

    private static String complex(int data, String[] units) {
        float value = (data & 0xffffff00) * RADIX_MULTS[(data >> 4) & 0x3];
        int unit = data & 0xf;
        String suffix = unit < units.length ? units[unit] : "?";
        return (value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value)) + suffix;
    }
}
