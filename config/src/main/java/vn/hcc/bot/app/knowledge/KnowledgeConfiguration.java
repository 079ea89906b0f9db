package vn.hcc.bot.app.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.admin.kb.KbOverrides;
import vn.hcc.bot.app.admin.kb.KnowledgeSeed;
import vn.hcc.bot.knowledge.LocalFacts;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * Loads the bundled knowledge base and lays the admin edits stored under bot.data-dir over it; a
 * broken base (bundled or edited) stops start-up with its problems.
 */
@Configuration(proxyBeanMethods = false)
public class KnowledgeConfiguration {
  @Bean
  KnowledgeSeed knowledgeSeed() {
    return new KnowledgeSeed(KnowledgePreload.bundled());
  }

  @Bean
  KnowledgeService knowledgeService(BotProperties props, KnowledgeSeed seed) {
    double threshold = props.getSearch().getThreshold();
    var settings = SearchSettings.defaults().withThreshold(threshold);
    var base = KbOverrides.load(seed.base(), props.getDataDir());
    var facts = new LocalFacts(props.getLocality().asFacts());
    var preloaded = threshold == SearchSettings.DEFAULT_THRESHOLD ? KnowledgePreload.indexOf(base) : null;
    return preloaded != null ? new KnowledgeService(preloaded, facts)
        : new KnowledgeService(base, settings, facts);
  }
}
