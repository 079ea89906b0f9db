package vn.hcc.bot.knowledge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {locality.x}} placeholders of an answer with the deployment's local facts.
 * An unknown placeholder is left as it is, so a missing setting is visible rather than silent.
 */
public final class LocalFacts {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{locality\\.([A-Za-z]+)}");
  private final Map<String, String> facts;

  public LocalFacts(Map<String, String> facts) {
    this.facts = Map.copyOf(facts);
  }

  public String fill(String text) {
    if (text == null || text.indexOf('{') < 0) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      String value = facts.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
