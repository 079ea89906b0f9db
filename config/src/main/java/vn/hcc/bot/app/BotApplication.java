package vn.hcc.bot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: wires knowledge, engine and channels into one web application. */
@SpringBootApplication
public class BotApplication {
  public static void main(String[] args) {
    SpringApplication.run(BotApplication.class, args);
  }
}
