package vn.hcc.bot.knowledge.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of a labelled set: a question, who asks it, the entries that answer it, its style. */
public record LabelledQuestion(String q, boolean staff, List<String> expect, String style) {
  public boolean inScope() {
    return !expect.isEmpty();
  }

  public static List<LabelledQuestion> read(Path file) throws IOException {
    var mapper = JsonMapper.builder().build();
    List<LabelledQuestion> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      List<String> expect = new ArrayList<>();
      n.path("expect").forEach(v -> expect.add(v.asString()));
      out.add(new LabelledQuestion(n.path("q").asString(),
          "staff".equals(n.path("audience").asString("citizen")), expect,
          n.path("style").asString("?")));
    }
    return out;
  }
}
