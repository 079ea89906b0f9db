package vn.hcc.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeBaseLoaderTests {
  private static final String ENTRY = """
      category: t
      title: Thử
      entries:
        - id: %s
          audience: %s
          question: Câu hỏi?
          alternates: [a1, a2, a3, a4, a5, a6, a7, a8]
          answer: "%s"
          links: []
          legalBasis: Nghị định 118/2025/NĐ-CP
          reviewedOn: 2026-11-27
          related: [%s]
      """;

  private static String file(String id, String audience, String answer, String related) {
    return ENTRY.formatted(id, audience, answer, related);
  }

  @Test
  void loadsAGoodFile() {
    KnowledgeBase kb = Fixtures.small();
    assertThat(kb.size()).isEqualTo(4);
    assertThat(kb.get("t.passport")).get().extracting(FaqEntry::audience).isEqualTo(Audience.CITIZEN);
    assertThat(kb.categories()).extracting(Category::title).containsExactly("Thử nghiệm");
  }

  @Test
  void malformedYamlNamesTheFileAndLine() {
    assertThatThrownBy(() -> new KnowledgeBaseLoader().add("broken.yaml", Fixtures.open("broken.yaml")).build())
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("line");
  }

  @Test
  void duplicateIdNamesBothFiles() {
    var loader = new KnowledgeBaseLoader()
        .add("a.yaml", Fixtures.yaml(file("t.one", "citizen", "x", "")))
        .add("b.yaml", Fixtures.yaml(file("t.one", "citizen", "y", "")));
    assertThatThrownBy(loader::build)
        .hasMessageContaining("b.yaml entry 't.one': duplicate id, already defined in a.yaml");
  }

  @Test
  void danglingRelatedIdIsNamed() {
    var loader = new KnowledgeBaseLoader().add("a.yaml", Fixtures.yaml(file("t.one", "citizen", "x", "t.nowhere")));
    assertThatThrownBy(loader::build)
        .hasMessageContaining("a.yaml entry 't.one': related: no entry with id 't.nowhere'");
  }

  /**
   * An emoji is two UTF-16 characters; wherever it falls against the YAML parser's 1,024-character
   * buffer, the file loads and keeps it.
   */
  @Test
  void anEmojiLoadsWhereverItFalls() {
    String body = file("t.one", "citizen", "Bấm 👍 nếu hữu ích", "");
    int emoji = body.indexOf("👍");
    for (int at = 1000; at <= 1050; at++) {
      String text = "#" + "x".repeat(at - emoji - 2) + "\n" + body;
      assertThat(text.indexOf("👍")).isEqualTo(at);
      KnowledgeBase kb = new KnowledgeBaseLoader().add("a.yaml", Fixtures.yaml(text)).build();
      assertThat(kb.get("t.one").orElseThrow().answer()).isEqualTo("Bấm 👍 nếu hữu ích");
    }
  }

  @Test
  void aByteOrderMarkIsSkippedAndBadBytesAreNamed() {
    KnowledgeBase kb = new KnowledgeBaseLoader()
        .add("a.yaml", Fixtures.yaml("\uFEFF" + file("t.one", "citizen", "x", ""))).build();
    assertThat(kb.get("t.one")).isPresent();
    byte[] latin1 = file("t.one", "citizen", "Cà phê", "").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new KnowledgeBaseLoader()
        .add("b.yaml", new java.io.ByteArrayInputStream(latin1)).build())
        .hasMessageContaining("b.yaml: not valid UTF-8");
  }

  @Test
  void overLongAnswerIsRefused() {
    var loader = new KnowledgeBaseLoader().add("a.yaml", Fixtures.yaml(file("t.one", "citizen", "x".repeat(1501), "")));
    assertThatThrownBy(loader::build).hasMessageContaining("a.yaml entry 't.one': answer: answer has 1501 characters");
  }

  @Test
  void unknownAudienceAndWrongCategoryAreRefused() {
    var loader = new KnowledgeBaseLoader().add("a.yaml", Fixtures.yaml(file("x.one", "everyone", "x", "")));
    assertThatThrownBy(loader::build)
        .hasMessageContaining("audience must be citizen, staff or all")
        .hasMessageContaining("id must start with its category 't.'");
  }

  @Test
  void bundledBaseLoadsAndCoversEveryTopic() throws IOException {
    KnowledgeBase kb = KnowledgeBaseLoader.loadBundled();
    String tsv = new String(Fixtures.class.getResourceAsStream("/topics.tsv").readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> topics = new HashMap<>();
    tsv.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
      String[] cols = l.split("\t");
      topics.put(cols[0], cols[1]);
    });
    assertThat(topics).hasSizeGreaterThan(60);
    topics.forEach((id, audience) -> {
      assertThat(kb.get(id)).as("topic %s", id).isPresent();
      assertThat(kb.get(id).get().audience().code()).as("audience of %s", id).isEqualTo(audience);
    });
    for (FaqEntry e : kb.entries()) {
      assertThat(e.alternates()).as("alternates of %s", e.id()).hasSizeGreaterThanOrEqualTo(8);
      assertThat(e.answer()).doesNotContain("**");
    }
  }
}
