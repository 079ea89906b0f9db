package vn.hcc.bot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small knowledge base under src/test/resources/fixture. */
public final class Fixtures {
  private Fixtures() {}

  public static KnowledgeBase small() {
    return new KnowledgeBaseLoader().add("good.yaml", open("good.yaml")).build();
  }

  public static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/fixture/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing fixture " + name));
    }
    return in;
  }

  public static InputStream yaml(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
