package vn.hcc.bot.app.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;
import vn.hcc.bot.knowledge.LocalFacts;
import vn.hcc.bot.knowledge.search.SearchSettings;

/** Loads the bundled knowledge base at start-up; a broken base stops start-up with its problems. */
@Configuration(proxyBeanMethods = false)
public class KnowledgeConfiguration {
  @Bean
  KnowledgeService knowledgeService(BotProperties props) {
    var settings = SearchSettings.defaults().withThreshold(props.getSearch().getThreshold());
    return new KnowledgeService(KnowledgeBaseLoader.loadBundled(), settings,
        new LocalFacts(props.getLocality().asFacts()));
  }
}
