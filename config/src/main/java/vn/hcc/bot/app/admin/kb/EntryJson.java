package vn.hcc.bot.app.admin.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.knowledge.EntryReader;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.FaqLink;

/** The contract's JSON shape of an entry, both ways. */
public final class EntryJson {
  private EntryJson() {}

  public static Map<String, Object> toMap(FaqEntry e) {
    var m = new LinkedHashMap<String, Object>();
    m.put("id", e.id());
    m.put("audience", e.audience() == null ? null : e.audience().code());
    m.put("category", e.category());
    m.put("question", e.question());
    m.put("alternates", e.alternates());
    m.put("answer", e.answer());
    List<Map<String, String>> links = new ArrayList<>();
    for (FaqLink l : e.links()) {
      var lm = new LinkedHashMap<String, String>();
      lm.put("title", l == null ? null : l.title());
      lm.put("url", l == null ? null : l.url());
      links.add(lm);
    }
    m.put("links", links);
    m.put("legalBasis", e.legalBasis());
    m.put("reviewedOn", e.reviewedOn() == null ? null : e.reviewedOn().toString());
    m.put("related", e.related());
    return m;
  }

  /** Reads an entry leniently; wrong shapes become empty fields that validation then reports. */
  public static FaqEntry fromNode(JsonNode n) {
    return EntryReader.read(n, null);
  }

  public static List<Map<String, Object>> toMaps(List<FaqEntry> entries) {
    return entries.stream().map(EntryJson::toMap).toList();
  }
}
