package vn.hcc.bot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Entry point: wires knowledge, engine and channels into one web application. */
@SpringBootApplication
@EnableConfigurationProperties(BotProperties.class)
public class BotApplication {
  public static void main(String[] args) {
    vn.hcc.bot.app.knowledge.KnowledgePreload.start(); // on the second core while Spring starts
    SpringApplication.run(BotApplication.class, args);
  }
}
