package vn.hcc.bot.knowledge.analysis;

import java.util.regex.Pattern;

/** Whether a folded (ASCII) word has the shape of a Vietnamese syllable: onset, vowels, final. */
final class Syllables {
  private static final Pattern SHAPE = Pattern.compile(
      "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
          + "(uye|uya|uyu|uoi|uou|oai|oay|oeo|ieu|yeu|uay|uoi|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|"
          + "oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)"
          + "(ch|ng|nh|[cmnpt])?");

  private Syllables() {}

  static boolean isSyllable(String folded) {
    return SHAPE.matcher(folded).matches();
  }
}
