package vn.hcc.bot.core.log;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads one-level JSON objects whose values are strings, numbers, booleans or null:
 * all the question log needs, without a JSON library in bot-core.
 */
final class FlatJson {
  private FlatJson() {}

  static String write(Map<String, ?> fields) {
    StringBuilder out = new StringBuilder(256).append('{');
    boolean first = true;
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      if (field.getValue() == null) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, field.getKey());
      out.append(':');
      Object value = field.getValue();
      if (value instanceof Number || value instanceof Boolean) {
        out.append(value);
      } else {
        string(out, value.toString());
      }
    }
    return out.append('}').toString();
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Escaping U+2028/2029 too keeps each entry on one line for every reader.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Parses one line; throws IllegalArgumentException when it is not a complete flat object. */
  static Map<String, String> read(String line) {
    Parser p = new Parser(line.trim());
    return p.object();
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Map<String, String> object() {
      Map<String, String> out = new LinkedHashMap<>();
      expect('{');
      if (peek() == '}') {
        i++;
        return end(out);
      }
      while (true) {
        String key = string();
        expect(':');
        out.put(key, value());
        char c = next();
        if (c == '}') {
          return end(out);
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or } at " + i);
        }
      }
    }

    private Map<String, String> end(Map<String, String> out) {
      if (i != s.length()) {
        throw new IllegalArgumentException("trailing text at " + i);
      }
      return out;
    }

    private String value() {
      if (peek() == '"') {
        return string();
      }
      int start = i;
      while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String raw = s.substring(start, i).trim();
      return "null".equals(raw) ? null : raw;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + i);
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(i);
    }

    private char next() {
      char c = peek();
      i++;
      return c;
    }
  }
}
