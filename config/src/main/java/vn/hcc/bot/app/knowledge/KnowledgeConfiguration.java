package vn.hcc.bot.app.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.admin.kb.KbOverrides;
import vn.hcc.bot.app.admin.kb.KnowledgeSeed;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;
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
    return new KnowledgeSeed(KnowledgeBaseLoader.loadBundled());
  }

  @Bean
  KnowledgeService knowledgeService(BotProperties props, KnowledgeSeed seed) {
    var settings = SearchSettings.defaults().withThreshold(props.getSearch().getThreshold());
    return new KnowledgeService(KbOverrides.load(seed.base(), props.getDataDir()), settings,
        new LocalFacts(props.getLocality().asFacts()));
  }
}
