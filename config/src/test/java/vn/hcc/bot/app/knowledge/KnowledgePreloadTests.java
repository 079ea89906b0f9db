package vn.hcc.bot.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.LocalFacts;
import vn.hcc.bot.knowledge.search.FaqIndex;

class KnowledgePreloadTests {
  @Test
  void thePreloadedIndexServesExactlyThePreloadedBaseAndNoOther() {
    KnowledgePreload.start();
    KnowledgePreload.start(); // a second start changes nothing
    KnowledgeBase bundled = KnowledgePreload.bundled();
    FaqIndex index = KnowledgePreload.indexOf(bundled);
    assertThat(index).isNotNull();
    assertThat(index.base()).isSameAs(bundled);
    assertThat(index.search("làm hộ chiếu online", false, 3).hits().get(0).entry().id())
        .isEqualTo("proc.passport");
    assertThat(KnowledgePreload.bundled()).isSameAs(bundled);

    // any other base object (what stored admin edits give) is indexed anew, never preloaded
    KnowledgeBase rebuilt = KnowledgeBase.of(bundled.categories(), bundled.entries().stream()
        .map(e -> new KnowledgeBase.SourcedEntry("test", e)).toList());
    assertThat(KnowledgePreload.indexOf(rebuilt)).isNull();
  }

  @Test
  void theServiceTakesAPrebuiltIndexAndKeepsItsSettingsForReplacements() {
    KnowledgePreload.start();
    FaqIndex index = KnowledgePreload.indexOf(KnowledgePreload.bundled());
    var service = new KnowledgeService(index, new LocalFacts(Map.of()));
    assertThat(service.settings()).isSameAs(index.settings());
    assertThat(service.entries()).hasSize(KnowledgePreload.bundled().entries().size());
    service.replace(KnowledgePreload.bundled());
    assertThat(service.settings()).isSameAs(index.settings());
    assertThat(service.search("làm hộ chiếu online", false, 1).hits().get(0).entry().id())
        .isEqualTo("proc.passport");
  }
}
